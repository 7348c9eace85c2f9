namespace Hearth.Domain.Sourcing;

/// <summary>PDS v2 <c>pets</c>: can the child live with pets or animals.</summary>
public enum PetsTolerance
{
    YesMust,
    YesCan,
    No,
    NotKnown,
}
