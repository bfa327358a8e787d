using System.Text;
using QrTerminal.Drivers;

namespace QrTerminal.Tests
{
    /// <summary>
    /// Records what crosses the display seam as text: "C:AE D5 80 " for commands, "D:00 01 " for data
    /// (or "D[4736] " when longer than 16 bytes), "RESET ", "BUSY ". Busy waits succeed unless told otherwise.
    /// </summary>
    public sealed class RecordingDisplayBus : IDisplayBus, IEpdIo
    {
        private const string Hex = "0123456789ABCDEF";
        private readonly StringBuilder _log = new StringBuilder();

        /// <summary>When false, WaitWhileBusy reports a timeout.</summary>
        public bool BusyClears = true;

        /// <summary>Total data bytes written.</summary>
        public int DataBytes;

        /// <summary>The recorded trace.</summary>
        public string Trace { get { return _log.ToString(); } }

        /// <summary>Forgets the trace.</summary>
        public void Clear()
        {
            _log.Clear();
            DataBytes = 0;
        }

        public void WriteCommand(byte[] buffer, int offset, int count)
        {
            Append("C:", buffer, offset, count);
        }

        public void WriteData(byte[] buffer, int offset, int count)
        {
            DataBytes += count;
            if (count > 16)
            {
                _log.Append("D[").Append(count.ToString()).Append("] ");
                return;
            }
            Append("D:", buffer, offset, count);
        }

        public void HardwareReset()
        {
            _log.Append("RESET ");
        }

        public bool WaitWhileBusy(int timeoutMs)
        {
            _log.Append("BUSY ");
            return BusyClears;
        }

        public void DelayMs(int ms)
        {
        }

        private void Append(string kind, byte[] buffer, int offset, int count)
        {
            _log.Append(kind);
            for (int i = 0; i < count; i++)
            {
                byte b = buffer[offset + i];
                _log.Append(Hex[b >> 4]).Append(Hex[b & 15]).Append(' ');
            }
        }
    }
}
