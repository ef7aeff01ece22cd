using Algoritma.Platform.Features.Adoption.Projection;
using Algoritma.Platform.Features.Requests;
using JasperFx;
using JasperFx.Events.Projections;
using JasperFx.MultiTenancy;
using Marten;
using Marten.Schema;
using Marten.Schema.Indexing.Unique;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// The Marten document and event store: conjoined tenancy, its own schema. The application runs as the
/// non-owner role and never changes the schema; <c>db migrate</c> applies it as the owner.
/// </summary>
public static class EventStoreSchema
{
    public const string SchemaName = "marten";

    /// <summary>The unique index on a request's tracking code within its tenant.</summary>
    public const string TrackingCodeIndex = "uq_request_tracking_code";

    /// <summary>The index that serves the staff's request queue (and its count) under row-level security.</summary>
    public const string RequestQueueIndex = "mt_doc_servicerequestview_idx_queue";

    /// <summary>The session setting the row-level security policies read the tenant from.</summary>
    public const string TenantSetting = Algoritma.MultiTenancy.EntityFramework.TenantSessionInterceptor.SettingName;

    public static void Configure(StoreOptions options, string connectionString, AutoCreate autoCreate, int? projectionBatchSize = null)
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = SchemaName;
        options.AutoCreateSchemaObjects = autoCreate;
        options.Policies.AllDocumentsAreMultiTenanted();
        options.Events.TenancyStyle = TenancyStyle.Conjoined;
        options.Events.StreamIdentity = JasperFx.Events.StreamIdentity.AsGuid;
        // a new stream and its events as plain inserts that take their sequence numbers inline, so a submission is one
        // round trip; Rich mode fetches the numbers first, an extra round trip that cost 8% of submit's throughput once
        // statements stopped being auto-prepared (docs/security-rls.md). No inline projection reads the sequence.
        options.Events.AppendMode = JasperFx.Events.EventAppendMode.Quick;
        options.Events.AddEventTypes([
            typeof(RequestSubmitted), typeof(RequestReturned), typeof(RequestResubmitted), typeof(RequestVerified),
            typeof(RequestCompleted), typeof(RequestRejected), typeof(RequestCancelled), typeof(ServiceRated)]);
        options.Projections.Add<ServiceRequestProjection>(ProjectionLifecycle.Inline);
        AdoptionProjections.Register(options, projectionBatchSize);
        Features.Campaigns.CampaignEventStore.Configure(options);
        // each document table gets Marten's own tenant policy (on app.tenant_id, which a session's pool sets when it connects);
        // Marten checks it on every migration, so it must be declared here rather than only added by db migrate
        options.Schema.For<ServiceRequestView>()
            .UseRowLevelSecurity(TenantSetting)
            // no index on the unit: every unit filter is "this unit or below it" (= or LIKE 'code.%'), which a btree under
            // the database's collation cannot serve; the index only cost each submission its upkeep
            // the tracking code and the citizen are plain columns too, for the same reason as the status below: indexed as
            // JSON expressions, a status lookup by code and a citizen's own list read every request of the tenant
            .UniqueIndex(UniqueIndexType.DuplicatedField, TrackingCodeIndex, TenancyScope.PerTenant, r => r.TrackingCode)
            .Duplicate(r => r.CitizenUserId, pgType: "uuid")
            // the request lists are newest first, most often of one status (an officer's queue): read in index order. The
            // time is a column of its own: indexed from the JSON it went through Marten's SQL function for the text-to-time
            // cast, parsed and planned again for each row written (5% of the database's work in a submission)
            .Duplicate(r => r.SubmittedAt, pgType: "timestamp with time zone")
            // the queue's status is a plain column: under row-level security the planner takes a condition into an index
            // only when its operator is leakproof, and the JSON operators are not (the page and its count were a
            // sequential scan). Its index is the queue's: the tenant (the policy's condition), the status, newest first;
            // the unit is read from the row (its "or below" LIKE is not leakproof either, and the status is selective)
            .Duplicate(r => r.Status, pgType: "integer", configure: index =>
            {
                index.Name = RequestQueueIndex;
                index.Mask = "tenant_id, ?, submitted_at, id"; // a duplicated column's index names only it: the others around it
            });
    }
}
