namespace Hearth.Domain.Common; public sealed class Placeholder;
