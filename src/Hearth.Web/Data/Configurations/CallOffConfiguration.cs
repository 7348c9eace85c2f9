using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class CallOffConfiguration : IEntityTypeConfiguration<CallOff>
{
    public void Configure(EntityTypeBuilder<CallOff> b)
    {
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.LotName).HasMaxLength(200).IsRequired();
        b.Property(c => c.LotChoiceReason).HasMaxLength(CallOff.MaximumReasonLength).IsRequired();
        b.Property(c => c.ClosedReason).HasMaxLength(CallOff.MaximumReasonLength).IsRequired();
        b.Property(c => c.SentByName).HasMaxLength(200).IsRequired();
        b.Property(c => c.SettledByName).HasMaxLength(200).IsRequired();
        b.Property(c => c.Category).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.Rule).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Window).AsJson();
        b.Property(c => c.Profile).AsJson();
        b.Ignore(c => c.Asked);
        b.Ignore(c => c.LatestDeadline);
        b.HasIndex(c => new { c.AuthorityId, c.Status });
        b.HasIndex(c => c.ReferralId);
        b.HasOne<Authority>().WithMany().HasForeignKey(c => c.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Referral>().WithMany().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Framework>().WithMany().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Children).WithOne().HasForeignKey(c => c.CallOffId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Children).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Recipients).WithOne().HasForeignKey(r => r.CallOffId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Offers).WithOne().HasForeignKey(o => o.CallOffId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Offers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CallOffChildConfiguration : IEntityTypeConfiguration<CallOffChild>
{
    public void Configure(EntityTypeBuilder<CallOffChild> b)
    {
        b.ToTable("CallOffChildren");
        b.HasOne<Child>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CallOffRecipientConfiguration : IEntityTypeConfiguration<CallOffRecipient>
{
    public void Configure(EntityTypeBuilder<CallOffRecipient> b)
    {
        b.Property(r => r.ProviderName).HasMaxLength(200).IsRequired();
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.DeclineReason).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.DeclineDetails).HasMaxLength(CallOffRecipient.MaximumDetailsLength).IsRequired();
        b.HasIndex(r => new { r.ProviderId, r.CallOffId }).IsUnique();
        b.HasOne<Provider>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.Property(o => o.HouseholdReference).HasMaxLength(40).IsRequired();
        b.Property(o => o.AdditionalCostsDescription).HasMaxLength(Offer.MaximumDescriptionLength).IsRequired();
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Ignore(o => o.WeeklyTotal);
        b.HasIndex(o => new { o.ProviderId, o.CallOffId });
        b.HasOne<Provider>().WithMany().HasForeignKey(o => o.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CarerHousehold>().WithMany().HasForeignKey(o => o.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class InHouseSearchOutcomeConfiguration : IEntityTypeConfiguration<InHouseSearchOutcome>
{
    public void Configure(EntityTypeBuilder<InHouseSearchOutcome> b)
    {
        b.Property(o => o.Reason).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.Details).HasMaxLength(InHouseSearchOutcome.MaximumDetailsLength).IsRequired();
        b.Property(o => o.RecordedByName).HasMaxLength(200).IsRequired();
        b.Ignore(o => o.IsManagerOverride);
        b.HasIndex(o => new { o.ReferralId, o.Id });
        b.HasOne<Referral>().WithMany().HasForeignKey(o => o.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Authority>().WithMany().HasForeignKey(o => o.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ResponseDeadlinesConfiguration : IEntityTypeConfiguration<ResponseDeadlines>
{
    public void Configure(EntityTypeBuilder<ResponseDeadlines> b)
    {
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => d.AuthorityId).IsUnique();
        b.HasOne<Authority>().WithMany().HasForeignKey(d => d.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class FrameworkCallOffRuleConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> b) =>
        b.Property(f => f.CallOffRule).HasConversion<string>().HasMaxLength(20).HasDefaultValue(CallOffRule.Broadcast);
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(m => m.RecipientEmail).HasMaxLength(320).IsRequired();
        b.Property(m => m.Template).HasMaxLength(60).IsRequired();
        b.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        b.Property(m => m.Body).HasMaxLength(8_000).IsRequired();
        b.Property(m => m.Delivery).HasMaxLength(20).IsRequired();
        b.Property(m => m.NotifyId).HasMaxLength(100);
        b.Property(m => m.Error).HasMaxLength(OutboxMessage.MaximumErrorLength);
        b.HasIndex(m => new { m.RecipientOrganisationId, m.Id });
    }
}
