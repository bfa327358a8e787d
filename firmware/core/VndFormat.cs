namespace QrTerminal.Core
{
    /// <summary>Vietnamese-style money for the screens: "1.250.000 ₫" (dot groups of three, a space, then U+20AB).</summary>
    public static class VndFormat
    {
        /// <summary>The dong sign U+20AB.</summary>
        public const char DongSign = '\u20AB';

        /// <summary>Formats whole dong, e.g. 1250000 → "1.250.000 ₫", -5000 → "-5.000 ₫".</summary>
        public static string Format(long amount)
        {
            // Work on the magnitude as ulong so long.MinValue has a magnitude too.
            bool negative = amount < 0;
            ulong value = negative ? (ulong)(-(amount + 1)) + 1UL : (ulong)amount;
            // 20 digits + 6 dots + sign + space + dong sign fits in 29.
            char[] buffer = new char[29];
            int pos = buffer.Length;
            buffer[--pos] = DongSign;
            buffer[--pos] = ' ';
            int digits = 0;
            do
            {
                if (digits > 0 && digits % 3 == 0)
                {
                    buffer[--pos] = '.';
                }
                buffer[--pos] = (char)('0' + (int)(value % 10UL));
                value /= 10UL;
                digits++;
            }
            while (value != 0UL);
            if (negative)
            {
                buffer[--pos] = '-';
            }
            return new string(buffer, pos, buffer.Length - pos);
        }
    }
}
