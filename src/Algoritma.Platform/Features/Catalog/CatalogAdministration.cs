using System.Text.RegularExpressions;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Audit;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Catalog;

public sealed record CloneServiceTemplateInput(string Template, string? Code, string? Name);

public sealed record PublishServiceStandardInput(string Code, ServiceStandard Standard);

public sealed record OfferServiceInput(string Code, IReadOnlyList<string> UnitCodes, IReadOnlyList<Channel> Channels);

public sealed record ServicePayload(PublicService? Service, IReadOnlyList<UserError> Errors);

/// <summary>A city admin's catalog: clone a template, publish a new standard version, choose units and channels.</summary>
public sealed partial class CatalogAdministration(PlatformDbContext db, AuditTrail audit, TenantCache cache, TimeProvider clock)
{
    public async Task<ServicePayload> CloneAsync(CloneServiceTemplateInput input, Caller actor, CancellationToken cancellationToken)
    {
        var template = ServiceTemplates.Find(input.Template);
        var code = (input.Code ?? input.Template).Trim();
        var errors = new List<UserError>().Text("template", input.Template, InputBounds.Code).Text("name", input.Name, InputBounds.Name);
        if (input.Name is not null && string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add(UserError.At("name", "NAME_REQUIRED", "A service name cannot be blank; omit it to keep the template's."));
        }

        if (errors.Count > 0)
        {
            return new ServicePayload(null, errors);
        }
        if (template is null)
        {
            errors.Add(UserError.At("template", "UNKNOWN_TEMPLATE", $"No template '{input.Template}'; see serviceTemplates."));
        }

        if (!CodePattern().IsMatch(code))
        {
            errors.Add(UserError.At("code", "INVALID_CODE", "A service code is 2–60 lower-case letters, digits and hyphens."));
        }
        else if (await db.Services.AnyAsync(s => s.Code == code, cancellationToken))
        {
            errors.Add(UserError.At("code", "SERVICE_EXISTS", $"The catalog already has a service '{code}'."));
        }

        if (errors.Count > 0)
        {
            return new ServicePayload(null, errors);
        }

        var service = new PublicService
        {
            Code = code, Name = input.Name?.Trim() ?? template!.Name, Level = template!.Level, CurrentVersion = 1, CreatedAt = clock.GetUtcNow(),
            Channels = [Channel.Online, Channel.Counter, Channel.Kiosk, Channel.Assisted],
        };
        db.Services.Add(service);
        db.ServiceVersions.Add(new ServiceStandardVersion { ServiceCode = code, Version = 1, Standard = template.Standard, PublishedAt = clock.GetUtcNow(), PublishedBy = actor.Name ?? actor.Subject });
        audit.Record(actor, "service.cloned", code, new { input.Template });
        await SaveAsync(cancellationToken);
        return new ServicePayload(service, []);
    }

    public async Task<ServicePayload> PublishAsync(PublishServiceStandardInput input, Caller actor, CancellationToken cancellationToken)
    {
        if (new List<UserError>().Text("code", input.Code, InputBounds.Code) is { Count: > 0 } bounds)
        {
            return new ServicePayload(null, bounds);
        }

        var service = await db.Services.FirstOrDefaultAsync(s => s.Code == input.Code, cancellationToken);
        var errors = Validate(input.Standard);
        if (service is null)
        {
            errors.Insert(0, UserError.At("code", "SERVICE_NOT_FOUND", $"The catalog has no service '{input.Code}'."));
        }

        if (errors.Count > 0)
        {
            return new ServicePayload(null, errors);
        }

        service!.CurrentVersion++;
        db.ServiceVersions.Add(new ServiceStandardVersion
        {
            ServiceCode = service.Code, Version = service.CurrentVersion, Standard = input.Standard, PublishedAt = clock.GetUtcNow(), PublishedBy = actor.Name ?? actor.Subject,
        });
        audit.Record(actor, "service.standard_published", service.Code, new { version = service.CurrentVersion });
        await SaveAsync(cancellationToken);
        return new ServicePayload(service, []);
    }

    public async Task<ServicePayload> OfferAsync(OfferServiceInput input, Caller actor, CancellationToken cancellationToken)
    {
        var bounds = new List<UserError>().Text("code", input.Code, InputBounds.Code)
            .Texts("unitCodes", input.UnitCodes, InputBounds.Units, InputBounds.UnitCode).Count("channels", input.Channels, InputBounds.Items);
        if (bounds.Count > 0)
        {
            return new ServicePayload(null, bounds);
        }

        var service = await db.Services.FirstOrDefaultAsync(s => s.Code == input.Code, cancellationToken);
        if (service is null)
        {
            return new ServicePayload(null, [UserError.At("code", "SERVICE_NOT_FOUND", $"The catalog has no service '{input.Code}'.")]);
        }

        var units = await db.RegionUnits.Where(u => input.UnitCodes.Contains(u.Code)).Select(u => new { u.Code, u.Kind, u.RetiredAt }).ToListAsync(cancellationToken);
        var errors = input.UnitCodes
            .Where(code => units.FirstOrDefault(u => u.Code == code) is not { } unit || PublicService.LevelOf(unit.Kind) != service.Level)
            .Select(code => UserError.At("unitCodes", "UNKNOWN_UNIT", $"'{code}' is not one of this tenant's {service.Level.ToString().ToLowerInvariant()} units."))
            .Concat(units.Where(u => u.RetiredAt != null)
                .Select(u => UserError.At("unitCodes", "UNIT_RETIRED", $"'{u.Code}' is no longer an official unit (retired by a re-import).")))
            .ToList();
        if (input.Channels.Count == 0)
        {
            errors.Add(UserError.At("channels", "CHANNEL_REQUIRED", "Offer the service through at least one channel."));
        }

        if (errors.Count > 0)
        {
            return new ServicePayload(null, errors);
        }

        service.OfferedUnits = [.. input.UnitCodes.Distinct()];
        service.Channels = [.. input.Channels.Distinct()];
        audit.Record(actor, "service.offered", service.Code, new { input.UnitCodes, input.Channels });
        await SaveAsync(cancellationToken);
        return new ServicePayload(service, []);
    }

    /// <summary>Saves, then drops the cached catalog that the public catalog and submissions read (<see cref="TenantServices"/>).</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
    }

    private static List<UserError> Validate(ServiceStandard standard)
    {
        var errors = new List<UserError>()
            .Count("requirements", standard.Requirements, InputBounds.Items)
            .Texts("requirements", standard.Requirements.Select(r => r.Code), InputBounds.Items, InputBounds.Code)
            .Texts("requirements", standard.Requirements.Select(r => r.Name), InputBounds.Items, InputBounds.Name)
            .Texts("procedure", standard.Procedure, InputBounds.Items, InputBounds.FreeText)
            .Text("product", standard.Product, InputBounds.Name)
            .Text("complaintChannel", standard.ComplaintChannel, InputBounds.FreeText)
            .Text("legalBasis", standard.LegalBasis, InputBounds.FreeText);
        var maxAmount = ServiceStandard.MaxCompletionAmount(standard.CompletionUnit);
        if (standard.CompletionAmount <= 0 || standard.CompletionAmount > maxAmount)
        {
            errors.Add(UserError.At("completionAmount", "INVALID_STANDARD",
                $"The completion time is 1 to {maxAmount} {(standard.CompletionUnit == CompletionUnit.WorkingDays ? "working days" : "working minutes")}."));
        }

        if (standard.Fee < 0 || standard.Fee > ServiceStandard.MaxFee)
        {
            errors.Add(UserError.At("fee", "INVALID_STANDARD", $"The fee is 0 to {ServiceStandard.MaxFee:0} rupiah."));
        }

        if (standard.Requirements.GroupBy(r => r.Code).Any(g => g.Count() > 1 || string.IsNullOrWhiteSpace(g.Key)))
        {
            errors.Add(UserError.At("requirements", "INVALID_STANDARD", "Every requirement needs a unique, non-empty code."));
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,59}$")]
    private static partial Regex CodePattern();
}
