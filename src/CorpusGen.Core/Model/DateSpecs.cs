using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace CorpusGen.Core.Model
{
    /// <summary>How much of a date is known.</summary>
    public enum DatePrecision
    {
        /// <summary>A single calendar day.</summary>
        Day,
        /// <summary>A calendar month; the day is unknown.</summary>
        Month,
        /// <summary>A span of days from <see cref="DateValue.Start"/> to <see cref="DateValue.End"/>.</summary>
        Range,
    }

    /// <summary>Where an article's publication date was read from.</summary>
    public enum DateSource
    {
        /// <summary>A leading <c>date YYYY-MM-DD</c> header.</summary>
        Header,
        /// <summary>A byline or timestamp line ("17 Jan, 2024 00:31", "Published: Oct. 18, 2023").</summary>
        Byline,
        /// <summary>A wire dateline that states the year ("PYONGYANG, Oct. 19, 2023 (Yonhap) --").</summary>
        Dateline,
    }

    /// <summary>A calendar day without time or time zone (netstandard2.0 has no DateOnly).</summary>
    public readonly record struct CalendarDate(int Year, int Month, int Day) : IComparable<CalendarDate>
    {
        /// <summary>Builds a date when the parts name a real day.</summary>
        [MethodImpl(Jit.Optimized)]
        public static CalendarDate? TryCreate(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
            return day <= DateTime.DaysInMonth(year, month) ? new CalendarDate(year, month, day) : (CalendarDate?)null;
        }

        /// <summary>The same day as a <see cref="DateTime"/> at midnight.</summary>
        [MethodImpl(Jit.Inlined)]
        public DateTime ToDateTime() => new DateTime(Year, Month, Day);

        /// <summary>The date <paramref name="days"/> later (earlier when negative).</summary>
        [MethodImpl(Jit.Optimized)]
        public CalendarDate AddDays(int days) => From(ToDateTime().AddDays(days));

        /// <summary>The day of the week.</summary>
        public DayOfWeek DayOfWeek => ToDateTime().DayOfWeek;

        /// <summary>Converts a <see cref="DateTime"/>, dropping its time.</summary>
        [MethodImpl(Jit.Inlined)]
        public static CalendarDate From(DateTime value) => new CalendarDate(value.Year, value.Month, value.Day);

        /// <inheritdoc />
        [MethodImpl(Jit.Inlined)]
        public int CompareTo(CalendarDate other)
            => Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

        /// <summary>ISO 8601: <c>2023-09-13</c>.</summary>
        [MethodImpl(Jit.Optimized)]
        public override string ToString()
        {
            var chars = new char[10];
            for (var i = 0; i < chars.Length; i++) chars[i] = IsoCharAt(i);
            return new string(chars);
        }

        /// <summary>Appends the first <paramref name="length"/> characters of the ISO 8601 form (10 for the day, 7 for its month).</summary>
        [MethodImpl(Jit.Optimized)]
        internal void AppendTo(StringBuilder builder, int length)
        {
            for (var i = 0; i < length; i++) builder.Append(IsoCharAt(i));
        }

        // The digits written out, not DateTime's custom format: every event's id is made of its date,
        // and the format's parser was a visible part of the extraction. Year is 1-9999 (TryCreate),
        // so "yyyy" is always four digits.
        [MethodImpl(Jit.Optimized)]
        private char IsoCharAt(int index) => index switch
        {
            0 => (char)('0' + Year / 1000),
            1 => (char)('0' + Year / 100 % 10),
            2 => (char)('0' + Year / 10 % 10),
            3 => (char)('0' + Year % 10),
            5 => (char)('0' + Month / 10),
            6 => (char)('0' + Month % 10),
            8 => (char)('0' + Day / 10),
            9 => (char)('0' + Day % 10),
            _ => '-',
        };
    }

    /// <summary>
    /// A resolved date with its precision: a day, a month (Start is its first day, End its last) or a
    /// range of days.
    /// </summary>
    public readonly record struct DateValue(CalendarDate Start, CalendarDate End, DatePrecision Precision)
    {
        /// <summary>A single day.</summary>
        [MethodImpl(Jit.Inlined)]
        public static DateValue OfDay(CalendarDate day) => new DateValue(day, day, DatePrecision.Day);

        /// <summary>A whole month.</summary>
        [MethodImpl(Jit.Optimized)]
        public static DateValue OfMonth(int year, int month)
            => new DateValue(new CalendarDate(year, month, 1), new CalendarDate(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

        /// <summary>Whether this date lies within <paramref name="other"/> (or equals it).</summary>
        [MethodImpl(Jit.Inlined)]
        public bool IsWithin(DateValue other) => Start.CompareTo(other.Start) >= 0 && End.CompareTo(other.End) <= 0;

        /// <summary>The export form: <c>2023-09-13</c>, <c>2023-09</c> or <c>2023-09-12/2023-09-17</c>.</summary>
        [MethodImpl(Jit.Optimized)]
        public override string ToString()
        {
            var builder = new StringBuilder(21);
            AppendTo(builder, '/');
            return builder.ToString();
        }

        /// <summary>Appends the export form, with <paramref name="rangeSeparator"/> between a range's two days.</summary>
        [MethodImpl(Jit.Optimized)]
        internal void AppendTo(StringBuilder builder, char rangeSeparator)
        {
            Start.AppendTo(builder, Precision == DatePrecision.Month ? 7 : 10);
            if (Precision is DatePrecision.Day or DatePrecision.Month) return;
            builder.Append(rangeSeparator);
            End.AppendTo(builder, 10);
        }
    }

    /// <summary>An article's publication date and where it was found.</summary>
    public sealed record PublicationDate(CalendarDate Date, DateSource Source, SourceSpan Span);
}
