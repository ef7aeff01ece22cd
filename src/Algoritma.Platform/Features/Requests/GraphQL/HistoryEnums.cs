
namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class RequestEventEnum() : StringEnumGraphType("RequestEvent", "A step of a request's life.",
    ("SUBMITTED", "SUBMITTED", "Submitted online, at a kiosk, assisted or at the counter."),
    ("RETURNED", "RETURNED", "Returned to the citizen for completion."),
    ("RESUBMITTED", "RESUBMITTED", "The citizen resubmitted a returned request."),
    ("VERIFIED", "VERIFIED", "An officer verified its documents."),
    ("COMPLETED", "COMPLETED", "Completed: the product was issued."),
    ("REJECTED", "REJECTED", "Rejected with a reason."),
    ("CANCELLED", "CANCELLED", "The citizen cancelled it before verification."),
    ("RATED", "RATED", "The citizen's IKM survey answers were recorded."));

public sealed class ActorRoleEnum() : StringEnumGraphType("ActorRole", "The role in which someone took a step of a request's life.",
    ("CITIZEN", Roles.Citizen, "The citizen, on their own account."),
    ("OFFICER", Roles.Officer, "An officer of a unit."),
    ("CITY_ADMIN", Roles.CityAdmin, "A city administrator."),
    ("CLIENT", "client", "A confidential client (an integration) on its own account."));
