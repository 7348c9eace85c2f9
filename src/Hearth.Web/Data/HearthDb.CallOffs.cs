using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data;

public abstract partial class HearthDb
{
    public DbSet<InHouseSearchOutcome> InHouseSearchOutcomes => Set<InHouseSearchOutcome>();
    public DbSet<ResponseDeadlines> ResponseDeadlines => Set<ResponseDeadlines>();
    public DbSet<CallOff> CallOffs => Set<CallOff>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OfferApproval> OfferApprovals => Set<OfferApproval>();

    /// <summary>
    /// Call-offs (ADR 0017): the authority sees its own; a provider sees only call-offs it was asked to answer. The
    /// recipients, offers and children belong to the aggregate and are not filtered (the domain needs all of them to run a
    /// cascade): provider pages and endpoints project only the provider's own recipient row and offer, and the profile.
    /// </summary>
    private void ConfigureCallOffFilters(ModelBuilder builder)
    {
        builder.Entity<InHouseSearchOutcome>().HasQueryFilter(o => ScopeIsSystem || (ScopeIsAuthority && o.AuthorityId == ScopeOrganisationId));
        builder.Entity<ResponseDeadlines>().HasQueryFilter(d => ScopeIsSystem || (ScopeIsAuthority && d.AuthorityId == ScopeOrganisationId));
        builder.Entity<CallOff>().HasQueryFilter(c => ScopeIsSystem
            || (ScopeIsAuthority && c.AuthorityId == ScopeOrganisationId)
            || (ScopeIsProvider && c.Recipients.Any(r => r.ProviderId == ScopeOrganisationId && r.AskedAt != null)));
        builder.Entity<OfferApproval>().HasQueryFilter(a => ScopeIsSystem || (ScopeIsAuthority && a.AuthorityId == ScopeOrganisationId));
        builder.Entity<OutboxMessage>().HasQueryFilter(m => ScopeIsSystem || m.RecipientOrganisationId == ScopeOrganisationId);
    }
}
