using Hearth.Domain.Procurement.Tendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class BidAttachmentConfiguration : IEntityTypeConfiguration<BidAttachment>
{
    public void Configure(EntityTypeBuilder<BidAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(BidAttachment.MaximumNameLength).IsRequired();
        b.Property(a => a.Description).HasMaxLength(BidAttachment.MaximumDescriptionLength).IsRequired();
        b.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        b.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        b.Ignore(a => a.IsRemoved);
        b.HasIndex(a => a.BidId);
        b.HasOne<Bid>().WithMany(x => x.Attachments).HasForeignKey(a => a.BidId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Content).WithOne().HasForeignKey<BidAttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Content).IsRequired();
    }
}

public sealed class BidAttachmentContentConfiguration : IEntityTypeConfiguration<BidAttachmentContent>
{
    public void Configure(EntityTypeBuilder<BidAttachmentContent> b)
    {
        b.HasKey(c => c.AttachmentId);
        b.Property(c => c.Bytes).IsRequired();
    }
}
