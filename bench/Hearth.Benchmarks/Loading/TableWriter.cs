namespace Hearth.Benchmarks.Loading;

/// <summary>Receives the rows of one table, a value at a time, in the column order it was begun with.</summary>
internal abstract class TableWriter
{
    public long Rows { get; private set; }

    public void StartRow()
    {
        Rows++;
        OnStartRow();
    }

    protected abstract void OnStartRow();

    public abstract void EndRow();

    public abstract void Int(int value);

    public abstract void Long(long value);

    public abstract void Bool(bool value);

    public abstract void Text(string value);

    public abstract void Date(DateOnly value);

    public abstract void Null();

    public void IntOrNull(int? value)
    {
        if (value is { } v) Int(v);
        else Null();
    }

    public void LongOrNull(long? value)
    {
        if (value is { } v) Long(v);
        else Null();
    }

    public void TextOrNull(string? value)
    {
        if (value is not null) Text(value);
        else Null();
    }

    public void DateOrNull(DateOnly? value)
    {
        if (value is { } v) Date(v);
        else Null();
    }

    public abstract Task CompleteAsync();
}
