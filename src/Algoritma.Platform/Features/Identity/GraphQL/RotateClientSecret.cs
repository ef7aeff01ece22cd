using Algoritma.Platform.Features.Identity.Clients;

namespace Algoritma.Platform.Features.Identity.GraphQL;

public sealed record ClientIdInput(string ClientId);

public sealed class ClientIdInputType : InputObjectGraphType<ClientIdInput>
{
    public ClientIdInputType()
    {
        Name = "ClientIdInput";
        Field(x => x.ClientId);
    }
}

/// <summary><c>rotateClientSecret(input: ClientIdInput!): ClientPayload!</c>, handled by <see cref="ClientAdministration.RotateSecretAsync"/>.</summary>
internal sealed class RotateClientSecretMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.AddServiceMutation<ClientPayloadType, ClientIdInputType, ClientIdInput, ClientAdministration, ClientPayload>(
            "rotateClientSecret", "Gives a confidential client a new secret; the old one stops working. City admins only; audited.", [Roles.CityAdmin],
            (clients, input, caller, ct) => clients.RotateSecretAsync(input.ClientId, caller, ct));
}
