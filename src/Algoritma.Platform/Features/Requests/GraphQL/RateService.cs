namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class RateServiceInputType() : RequestCommandInputType("RateServiceInput", scores: true);

/// <summary><c>rateService(input: RateServiceInput!): ServiceRequestPayload!</c></summary>
internal sealed class RateServiceMutation() : RequestCommandMutation<RateServiceInputType>(
    "rateService", "Answers the IKM survey once after completion: ONLINE by the citizen who submitted it; COUNTER, KIOSK, ASSISTED by the citizen served "
    + "or by an officer of the unit recording the citizen's own answers. Anyone else: OUT_OF_SCOPE.",
    (i, role, at, _) => new RateService(i.Scores ?? [], role, at), Roles.Citizen, Roles.Officer, Roles.CityAdmin);
