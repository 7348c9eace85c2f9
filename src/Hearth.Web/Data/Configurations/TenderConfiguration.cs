using System.Text.Json;
using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hearth.Web.Data.Configurations;

/// <summary>
/// Values of a tender that are read and written whole (questions, supplements, the evaluation method, prices and
/// answers of a bid) are stored as JSON text: one column, the same on SQLite and PostgreSQL, audited as one value.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class
    {
        var converter = new ValueConverter<T, string>(
            v => JsonSerializer.Serialize(v, Options),
            s => JsonSerializer.Deserialize<T>(s, Options)!);
        var comparer = new ValueComparer<T>(
            (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!);
        property.HasConversion(converter, comparer).IsRequired();
        return property;
    }
}

public sealed class TenderConfiguration : IEntityTypeConfiguration<Tender>
{
    public void Configure(EntityTypeBuilder<Tender> b)
    {
        b.Property(t => t.Reference).HasMaxLength(40).IsRequired();
        b.HasIndex(t => t.Reference).IsUnique();
        b.Property(t => t.Title).HasMaxLength(300).IsRequired();
        b.Property(t => t.TermJustification).HasMaxLength(4_000);
        b.Property(t => t.AgeBandsText).HasMaxLength(100).IsRequired();
        b.Property(t => t.OpenedBy).HasMaxLength(200);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Property(t => t.Indexation).AsJson();
        b.ComplexProperty(t => t.Timeline);
        b.Ignore(t => t.AgeBands);
        b.Ignore(t => t.AuthorityIds);
        b.Ignore(t => t.ParticipatingAuthorityIds);
        b.Ignore(t => t.BidsAreOpen);
        b.HasOne<Authority>().WithMany().HasForeignKey(t => t.LeadAuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KeyDecision>().WithMany().HasForeignKey(t => t.KeyDecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Framework>().WithMany().HasForeignKey(t => t.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Framework>().WithMany().HasForeignKey(t => t.ReopensFrameworkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Tender>().WithMany().HasForeignKey(t => t.RoundOfTenderId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.ReopeningJustification).HasMaxLength(4_000);
        b.Ignore(t => t.IsRound);

        b.HasMany(t => t.Parties).WithOne().HasForeignKey(p => p.TenderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Parties).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(t => t.Evaluators).WithOne().HasForeignKey(e => e.TenderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Evaluators).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(t => t.Lots).WithOne().HasForeignKey("TenderId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Lots).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class TenderPartyConfiguration : IEntityTypeConfiguration<TenderParty>
{
    public void Configure(EntityTypeBuilder<TenderParty> b)
    {
        b.HasIndex(p => new { p.TenderId, p.AuthorityId }).IsUnique();
        b.HasIndex(p => p.AuthorityId);
        b.HasOne<Authority>().WithMany().HasForeignKey(p => p.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TenderEvaluatorConfiguration : IEntityTypeConfiguration<TenderEvaluator>
{
    public void Configure(EntityTypeBuilder<TenderEvaluator> b)
    {
        b.Property(e => e.Name).HasMaxLength(200).IsRequired();
        b.HasIndex(e => new { e.TenderId, e.UserId }).IsUnique();
        b.HasOne<HearthUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TenderLotConfiguration : IEntityTypeConfiguration<TenderLot>
{
    public void Configure(EntityTypeBuilder<TenderLot> b)
    {
        b.Property<int>("TenderId");
        b.HasIndex("TenderId", nameof(TenderLot.Number)).IsUnique();
        b.Property(l => l.Name).HasMaxLength(200).IsRequired();
        b.Property(l => l.Supplements).AsJson();
        b.Property(l => l.Questions).AsJson();
        b.Property(l => l.Method).AsJson();
        b.Ignore(l => l.Questionnaire);
    }
}

public sealed class BidConfiguration : IEntityTypeConfiguration<Bid>
{
    public void Configure(EntityTypeBuilder<Bid> b)
    {
        b.Property(x => x.Prices).AsJson();
        b.Property(x => x.Answers).AsJson();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.LatestSubmission);
        b.HasIndex(x => new { x.TenderId, x.LotNumber, x.ProviderId }).IsUnique();
        b.HasIndex(x => x.ProviderId);
        b.HasOne<Tender>().WithMany().HasForeignKey(x => x.TenderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Provider>().WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Submissions).WithOne().HasForeignKey(s => s.BidId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(x => x.Submissions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.CurrentAttachments);
        b.Navigation(x => x.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class BidSubmissionConfiguration : IEntityTypeConfiguration<BidSubmission>
{
    public void Configure(EntityTypeBuilder<BidSubmission> b)
    {
        b.Property(s => s.Content).IsRequired();
        b.Property(s => s.ReceiptHash).HasMaxLength(64).IsRequired();
        b.Property(s => s.Prices).AsJson();
        b.Property(s => s.Answers).AsJson();
        b.Property(s => s.Files).AsJson().HasDefaultValueSql("'[]'");
        b.Ignore(s => s.MatchesReceipt);
        b.HasIndex(s => new { s.BidId, s.Sequence }).IsUnique();
    }
}

public sealed class ClarificationConfiguration : IEntityTypeConfiguration<Clarification>
{
    public void Configure(EntityTypeBuilder<Clarification> b)
    {
        b.Property(c => c.Question).HasMaxLength(Clarification.MaximumLength).IsRequired();
        b.Property(c => c.Answer).HasMaxLength(Clarification.MaximumLength);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.IsPublished);
        b.HasIndex(c => c.TenderId);
        b.HasOne<Tender>().WithMany().HasForeignKey(c => c.TenderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Provider>().WithMany().HasForeignKey(c => c.AskedByProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class IndividualScoreConfiguration : IEntityTypeConfiguration<IndividualScore>
{
    public void Configure(EntityTypeBuilder<IndividualScore> b)
    {
        b.Property(s => s.EvaluatorId).HasMaxLength(40).IsRequired();
        b.Property(s => s.Comment).HasMaxLength(IndividualScore.MaximumCommentLength).IsRequired();
        b.HasIndex(s => new { s.BidId, s.QuestionNumber, s.EvaluatorId }).IsUnique();
        b.HasOne<Bid>().WithMany().HasForeignKey(s => s.BidId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ModeratedScoreConfiguration : IEntityTypeConfiguration<ModeratedScore>
{
    public void Configure(EntityTypeBuilder<ModeratedScore> b)
    {
        b.Property(s => s.ModeratorId).HasMaxLength(40).IsRequired();
        b.Property(s => s.Rationale).HasMaxLength(IndividualScore.MaximumCommentLength).IsRequired();
        b.HasIndex(s => new { s.BidId, s.QuestionNumber }).IsUnique();
        b.HasOne<Bid>().WithMany().HasForeignKey(s => s.BidId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class FrameworkLotMemberConfiguration : IEntityTypeConfiguration<FrameworkLotMember>
{
    public void Configure(EntityTypeBuilder<FrameworkLotMember> b)
    {
        b.Property(m => m.LotName).HasMaxLength(200).IsRequired();
        b.Property(m => m.Prices).AsJson();
        b.Property(m => m.AgeBandsText).HasMaxLength(100).IsRequired();
        b.Property(m => m.StatusReason).HasMaxLength(2_000);
        b.Ignore(m => m.AgeBands);
        b.HasIndex(m => new { m.FrameworkId, m.LotNumber, m.ProviderId }).IsUnique();
        b.HasIndex(m => m.ProviderId);
        b.HasOne<Provider>().WithMany().HasForeignKey(m => m.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KeyDecision>().WithMany().HasForeignKey(m => m.StatusDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TenderResultConfiguration : IEntityTypeConfiguration<TenderResult>
{
    public void Configure(EntityTypeBuilder<TenderResult> b)
    {
        b.Property(r => r.Reasons).AsJson();
        b.Property(r => r.PriceScore).HasPrecision(9, 4);
        b.Property(r => r.QualityScore).HasPrecision(9, 4);
        b.Property(r => r.Total).HasPrecision(9, 4);
        b.HasIndex(r => new { r.TenderId, r.LotNumber, r.BidId }).IsUnique();
        b.HasIndex(r => r.ProviderId);
        b.HasOne<Tender>().WithMany().HasForeignKey(r => r.TenderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Bid>().WithMany().HasForeignKey(r => r.BidId).OnDelete(DeleteBehavior.Restrict);
    }
}
