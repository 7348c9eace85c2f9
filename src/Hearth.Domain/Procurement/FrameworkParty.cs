namespace Hearth.Domain.Procurement;

/// <summary>An authority party to a (possibly joint) framework. The lead authority is a party too.</summary>
public sealed class FrameworkParty
{
    private FrameworkParty() { }

    internal FrameworkParty(int authorityId, bool isLead)
    {
        AuthorityId = authorityId;
        IsLead = isLead;
    }

    public int FrameworkId { get; private set; }
    public int AuthorityId { get; private set; }
    public bool IsLead { get; private set; }
}
