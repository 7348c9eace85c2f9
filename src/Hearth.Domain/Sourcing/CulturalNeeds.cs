namespace Hearth.Domain.Sourcing;

/// <summary>PDS v2 <c>culturalNeeds</c>: Required, Not required, Not Known, Other.</summary>
public enum CulturalNeeds
{
    Required,
    NotRequired,
    NotKnown,
    Other,
}
