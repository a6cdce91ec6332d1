using System.Globalization;

namespace Throughline.Core.Model;

/// <summary>
/// A date known to the year, the month or the day ("2010", "2016-03", "2019-10-07").
/// It stands for a range of days, so "2016" contains "2016-03"; comparisons use <see cref="FirstDay"/>
/// and <see cref="LastDay"/> as day numbers (days since 0001-01-01), which the path index stores as ints.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public int FirstDay => new DateOnly(Year, Month ?? 1, Day ?? 1).DayNumber;

    public int LastDay => Day is not null
        ? FirstDay
        : new DateOnly(Year, Month ?? 12, DateTime.DaysInMonth(Year, Month ?? 12)).DayNumber;

    public static PartialDate FromYear(int year) => Create(year, null, null);

    public static PartialDate FromYearMonth(int year, int month) => Create(year, month, null);

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (ISO 8601, years 1..9999); <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out PartialDate date, out string? error)
    {
        date = default;
        error = null;
        var parts = (text ?? string.Empty).Trim().Split('-');
        if (text is null || parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            error = $"'{text}' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (year < 1 || month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))))
        {
            error = $"'{text}' is not a valid date";
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>True when every day of <paramref name="other"/> lies within this date's range.</summary>
    public bool Contains(PartialDate other) => FirstDay <= other.FirstDay && other.LastDay <= LastDay;

    /// <summary>Orders by first day, then the more precise date first ("2016-01" before "2016").</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = FirstDay.CompareTo(other.FirstDay);
        return byStart != 0 ? byStart : LastDay.CompareTo(other.LastDay);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (_, null) => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}-{Month:D2}-{Day:D2}",
    };

    private static PartialDate Create(int year, int? month, int? day) =>
        Parse(new PartialDate(year, month, day).ToString());
}
