namespace Hearth.Domain.Sourcing.CallOffs;

public enum OfferStatus
{
    Active = 1,
    Withdrawn = 2,
    Accepted = 3,
    Unsuccessful = 4,
}
