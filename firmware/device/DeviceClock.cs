using System;
using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>Monotonic time from the tick counter (unaffected by SNTP changes); wall clock from the RTC for event stamps.</summary>
    internal sealed class DeviceClock : IClock
    {
        private static readonly long UnixEpochTicks = new DateTime(1970, 1, 1).Ticks;

        public long MonotonicMs
        {
            get { return Environment.TickCount64; }
        }

        public long UtcNowMs
        {
            get { return (DateTime.UtcNow.Ticks - UnixEpochTicks) / TimeSpan.TicksPerMillisecond; }
        }
    }
}
