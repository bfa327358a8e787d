// Reference declarations for nfcheck: nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Signatures from nanoframework/CoreLibrary:nanoFramework.CoreLibrary/System/Globalization/*.cs (commonly used public parts); bodies are throw null.
namespace System.Globalization
{
    public class CultureInfo : IFormatProvider
    {
        public CultureInfo(string name) { throw null; }
        public virtual object GetFormat(Type formatType) { throw null; }
        public static CultureInfo CurrentUICulture { get { throw null; } }
        public virtual CultureInfo Parent { get { throw null; } }
        public virtual string Name { get { throw null; } }
        public override string ToString() { throw null; }
        public virtual NumberFormatInfo NumberFormat { get { throw null; } }
        public virtual DateTimeFormatInfo DateTimeFormat { get { throw null; } }
    }

    public sealed class NumberFormatInfo : IFormatProvider
    {
        public NumberFormatInfo() { throw null; }
        public int[] NumberGroupSizes { get { throw null; } }
        public static NumberFormatInfo CurrentInfo { get { throw null; } }
        public string NegativeSign { get { throw null; } }
        public string NumberDecimalSeparator { get { throw null; } }
        public string NumberGroupSeparator { get { throw null; } }
        public string PositiveSign { get { throw null; } }
        public object GetFormat(Type formatType) { throw null; }
    }

    public sealed class DateTimeFormatInfo : IFormatProvider
    {
        public string AMDesignator { get { throw null; } }
        public string DateSeparator { get { throw null; } }
        public string FullDateTimePattern { get { throw null; } }
        public string LongDatePattern { get { throw null; } }
        public string LongTimePattern { get { throw null; } }
        public string MonthDayPattern { get { throw null; } }
        public string PMDesignator { get { throw null; } }
        public string RFC1123Pattern { get { throw null; } }
        public string ShortDatePattern { get { throw null; } }
        public string ShortTimePattern { get { throw null; } }
        public string SortableDateTimePattern { get { throw null; } }
        public string TimeSeparator { get { throw null; } }
        public string UniversalSortableDateTimePattern { get { throw null; } }
        public string YearMonthPattern { get { throw null; } }
        public string[] AbbreviatedDayNames { get { throw null; } }
        public string[] DayNames { get { throw null; } }
        public string[] AbbreviatedMonthNames { get { throw null; } }
        public string[] MonthNames { get { throw null; } }
        public static DateTimeFormatInfo CurrentInfo { get { throw null; } }
        public object GetFormat(Type formatType) { throw null; }
    }
}
