namespace QrTerminal.Core
{
    /// <summary>
    /// ISO-8601 timestamps as Unix milliseconds, done by hand because DateTime.Parse differs between nanoFramework
    /// and .NET. Accepts <c>YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)</c>; anything else is a <see cref="JsonFieldException"/>.
    /// </summary>
    public static class IsoTime
    {
        /// <summary>Parses <paramref name="text"/> to Unix milliseconds (UTC). <paramref name="field"/> names it in errors.</summary>
        public static long Parse(string text, string field)
        {
            if (text == null || text.Length < 20)
            {
                throw new JsonFieldException(field, "must be an ISO-8601 UTC time like 2026-11-22T08:15:00Z");
            }

            int year = Digits(text, 0, 4, field);
            Sep(text, 4, '-', field);
            int month = Digits(text, 5, 2, field);
            Sep(text, 7, '-', field);
            int day = Digits(text, 8, 2, field);
            if (text[10] != 'T' && text[10] != 't')
            {
                throw Bad(field);
            }

            int hour = Digits(text, 11, 2, field);
            Sep(text, 13, ':', field);
            int minute = Digits(text, 14, 2, field);
            Sep(text, 16, ':', field);
            int second = Digits(text, 17, 2, field);
            if (year < 1970 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month) ||
                hour > 23 || minute > 59 || second > 59)
            {
                throw new JsonFieldException(field, "date or time out of range");
            }

            int pos = 19;
            long millis = 0;
            if (text[pos] == '.')
            {
                pos++;
                int fracStart = pos;
                long scale = 100;
                while (pos < text.Length && text[pos] >= '0' && text[pos] <= '9')
                {
                    millis += (text[pos] - '0') * scale;
                    scale /= 10;
                    pos++;
                }

                if (pos == fracStart)
                {
                    throw Bad(field);
                }
            }

            long offsetMinutes = 0;
            if (pos < text.Length && (text[pos] == 'Z' || text[pos] == 'z'))
            {
                pos++;
            }
            else if (pos + 6 == text.Length && (text[pos] == '+' || text[pos] == '-'))
            {
                int oh = Digits(text, pos + 1, 2, field);
                Sep(text, pos + 3, ':', field);
                int om = Digits(text, pos + 4, 2, field);
                if (oh > 23 || om > 59)
                {
                    throw Bad(field);
                }

                offsetMinutes = (oh * 60) + om;
                if (text[pos] == '-')
                {
                    offsetMinutes = -offsetMinutes;
                }

                pos += 6;
            }
            else
            {
                throw new JsonFieldException(field, "must carry a time zone (Z or +HH:MM)");
            }

            if (pos != text.Length)
            {
                throw Bad(field);
            }

            long days = DaysFromCivil(year, month, day);
            long seconds = (days * 86400L) + (hour * 3600L) + (minute * 60L) + second - (offsetMinutes * 60L);
            return (seconds * 1000L) + millis;
        }

        /// <summary>Formats Unix milliseconds as <c>YYYY-MM-DDTHH:MM:SSZ</c> (whole seconds).</summary>
        public static string Format(long unixMs)
        {
            long totalSeconds = unixMs / 1000;
            if (unixMs < 0 && unixMs % 1000 != 0)
            {
                totalSeconds--;
            }

            long days = totalSeconds / 86400;
            long secOfDay = totalSeconds - (days * 86400);
            if (secOfDay < 0)
            {
                secOfDay += 86400;
                days--;
            }

            // Civil-from-days (H. Hinnant's algorithm), valid for the proleptic Gregorian calendar.
            long z = days + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long doe = z - (era * 146097);
            long yoe = (doe - (doe / 1460) + (doe / 36524) - (doe / 146096)) / 365;
            long y = yoe + (era * 400);
            long doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
            long mp = ((5 * doy) + 2) / 153;
            long d = doy - (((153 * mp) + 2) / 5) + 1;
            long m = mp < 10 ? mp + 3 : mp - 9;
            if (m <= 2)
            {
                y++;
            }

            return y.ToString("D4") + "-" + m.ToString("D2") + "-" + d.ToString("D2") + "T" +
                (secOfDay / 3600).ToString("D2") + ":" + ((secOfDay / 60) % 60).ToString("D2") + ":" +
                (secOfDay % 60).ToString("D2") + "Z";
        }

        private static long DaysFromCivil(int year, int month, int day)
        {
            long y = month <= 2 ? year - 1 : year;
            long era = (y >= 0 ? y : y - 399) / 400;
            long yoe = y - (era * 400);
            long mp = month > 2 ? month - 3 : month + 9;
            long doy = (((153 * mp) + 2) / 5) + day - 1;
            long doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
            return (era * 146097) + doe - 719468;
        }

        private static int DaysInMonth(int year, int month)
        {
            if (month == 2)
            {
                bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            }

            return (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
        }

        private static int Digits(string text, int start, int count, string field)
        {
            if (start + count > text.Length)
            {
                throw Bad(field);
            }

            int value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    throw Bad(field);
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        private static void Sep(string text, int index, char expected, string field)
        {
            if (index >= text.Length || text[index] != expected)
            {
                throw Bad(field);
            }
        }

        private static JsonFieldException Bad(string field)
        {
            return new JsonFieldException(field, "must be an ISO-8601 UTC time like 2026-11-22T08:15:00Z");
        }
    }
}
