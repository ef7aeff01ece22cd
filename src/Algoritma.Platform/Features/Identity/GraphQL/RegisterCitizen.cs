using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.RateLimiting;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.RateLimiting;

namespace Algoritma.Platform.Features.Identity.GraphQL;

public sealed class RegisterCitizenInputType : InputObjectGraphType<RegisterCitizenInput>
{
    public RegisterCitizenInputType()
    {
        Name = "RegisterCitizenInput";
        Field(x => x.Nik).Description("Nomor Induk Kependudukan, 16 digits. Stored encrypted, never shown again in full.");
        Field(x => x.Name);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Email, nullable: true).Description("E-mail or phone is the sign-in name.");
        Field(x => x.Password).Description("At least 10 characters with upper- and lower-case letters and a digit.");
    }
}

public sealed class RegisterCitizenPayloadType : ObjectGraphType<RegisterCitizenPayload>
{
    public RegisterCitizenPayloadType()
    {
        Name = "RegisterCitizenPayload";
        Field<StringGraphType>("userName").Description("The name to sign in with.").Resolve(context => context.Source.UserName);
        Field<StringGraphType>("maskedNik").Resolve(context => context.Source.Citizen?.MaskedNik);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("warnings")
            .Description("Accepted, but worth a look (e.g. NIK_UNKNOWN_DISTRICT).").Resolve(context => context.Source.Warnings);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary><c>registerCitizen(input: RegisterCitizenInput!): RegisterCitizenPayload!</c>: anyone, within a tenant; handled by <see cref="CitizenRegistration"/>.</summary>
internal sealed class RegisterCitizenMutation() : MutationField<NonNullGraphType<RegisterCitizenPayloadType>>(
    "registerCitizen", "Registers a citizen of the tenant with their NIK.",
    field => field
        .Argument<NonNullGraphType<RegisterCitizenInputType>>("input")
        .RateLimited(RateLimitPolicies.Registration)
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            return await context.Service<CitizenRegistration>().RegisterAsync(
                context.GetArgument<RegisterCitizenInput>("input"), context.CancellationToken);
        }));
