using Hearth.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hearth.Web.Data;

/// <summary>Stores money as whole pence in an integer column, so sums and ordering run in SQL.</summary>
public sealed class MoneyConverter() : ValueConverter<Money, long>(m => m.Pence, p => Money.FromPence(p));
