using System;

namespace QrTerminal.Drivers
{
    /// <summary>
    /// SSD1680 (2.9", 128×296) and SSD1683 (4.2", 400×300) e-paper controller.
    /// Each flush wakes the chip (hardware reset, SWRESET 0x12, driver output 0x01, data entry 0x11 = X+, Y+,
    /// border 0x3C, internal temperature sensor 0x18 0x80), writes RAM, refreshes, and deep-sleeps (0x10 0x01,
    /// mode 1 keeps RAM). Full refresh (0x22 0xF7, 0x20) writes the whole frame to 0x24 (new) and 0x26
    /// (previous). Partial refresh (0x22 0xFF, 0x20) writes only the dirty rows to 0x24, refreshes, then copies
    /// them to 0x26 so the differential waveform always compares against what is on the glass.
    /// After <see cref="FullRefreshEvery"/> partials the next flush is full, to clear ghosting.
    /// </summary>
    public sealed class EpdController : IPanelController
    {
        private readonly IDisplayBus _bus;
        private readonly IEpdIo _io;
        private readonly RowFrameBuffer _frame;
        private readonly byte[] _cmd = new byte[5];
        private bool _ramValid;
        private int _partials;
        private int _fullRefreshEvery = 10;
        private int _busyTimeoutMs = 15000;

        /// <summary>Drives <paramref name="frame"/> (in the panel's native size) over SPI + pins.</summary>
        public EpdController(IDisplayBus bus, IEpdIo io, RowFrameBuffer frame)
        {
            if (bus == null)
            {
                throw new ArgumentNullException("bus");
            }
            if (io == null)
            {
                throw new ArgumentNullException("io");
            }
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }
            _bus = bus;
            _io = io;
            _frame = frame;
        }

        /// <inheritdoc />
        public FrameBuffer Frame { get { return _frame; } }

        /// <summary>Partial refreshes allowed before a forced full refresh (default 10, at least 0).</summary>
        public int FullRefreshEvery
        {
            get { return _fullRefreshEvery; }
            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException("value");
                }
                _fullRefreshEvery = value;
            }
        }

        /// <summary>How long BUSY may stay active before <see cref="DisplayTimeoutException"/> (default 15 s).</summary>
        public int BusyTimeoutMs
        {
            get { return _busyTimeoutMs; }
            set
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException("value");
                }
                _busyTimeoutMs = value;
            }
        }

        /// <summary>Partial refreshes since the last full one.</summary>
        public int PartialsSinceFull { get { return _partials; } }

        /// <inheritdoc />
        public void Initialize()
        {
            _ramValid = false;
            _frame.MarkAllDirty();
        }

        /// <inheritdoc />
        public void Flush(bool fullRefresh)
        {
            bool full = fullRefresh || !_ramValid || _partials >= _fullRefreshEvery;
            if (!full && !_frame.IsDirty)
            {
                return;
            }
            Wake();
            int last = _frame.NativeHeight - 1;
            if (full)
            {
                WriteRam(0x24, 0, last);
                WriteRam(0x26, 0, last);
                Refresh(0xF7, "full refresh");
                _partials = 0;
            }
            else
            {
                int from = _frame.DirtyFrom;
                int to = _frame.DirtyTo;
                WriteRam(0x24, from, to);
                Refresh(0xFF, "partial refresh");
                WriteRam(0x26, from, to);
                _partials++;
            }
            _ramValid = true;
            _frame.ClearDirty();
            Command2(0x10, 0x01);
        }

        private void Wake()
        {
            _io.HardwareReset();
            WaitBusy("hardware reset");
            Command1(0x12);
            WaitBusy("software reset");
            int last = _frame.NativeHeight - 1;
            _cmd[0] = 0x01;
            _cmd[1] = (byte)(last & 0xFF);
            _cmd[2] = (byte)(last >> 8);
            _cmd[3] = 0x00;
            Send(_cmd, 4);
            Command2(0x11, 0x03);
            Command2(0x3C, 0x05);
            Command2(0x18, 0x80);
        }

        private void WriteRam(byte ram, int fromRow, int toRow)
        {
            // Window: all source bytes, rows fromRow..toRow; cursor at its start.
            _cmd[0] = 0x44;
            _cmd[1] = 0x00;
            _cmd[2] = (byte)(_frame.Stride - 1);
            Send(_cmd, 3);
            _cmd[0] = 0x45;
            _cmd[1] = (byte)(fromRow & 0xFF);
            _cmd[2] = (byte)(fromRow >> 8);
            _cmd[3] = (byte)(toRow & 0xFF);
            _cmd[4] = (byte)(toRow >> 8);
            Send(_cmd, 5);
            Command2(0x4E, 0x00);
            _cmd[0] = 0x4F;
            _cmd[1] = (byte)(fromRow & 0xFF);
            _cmd[2] = (byte)(fromRow >> 8);
            Send(_cmd, 3);
            Command1(ram);
            int stride = _frame.Stride;
            _bus.WriteData(_frame.Buffer, fromRow * stride, (toRow - fromRow + 1) * stride);
        }

        private void Refresh(byte mode, string step)
        {
            Command2(0x22, mode);
            Command1(0x20);
            WaitBusy(step);
        }

        private void WaitBusy(string step)
        {
            if (!_io.WaitWhileBusy(_busyTimeoutMs))
            {
                // The chip is in an unknown state: the next flush must rewrite everything.
                _ramValid = false;
                throw new DisplayTimeoutException(step, _busyTimeoutMs);
            }
        }

        // A command is its first byte with D/C low; its parameters go with D/C high.
        private void Send(byte[] bytes, int count)
        {
            _bus.WriteCommand(bytes, 0, 1);
            if (count > 1)
            {
                _bus.WriteData(bytes, 1, count - 1);
            }
        }

        private void Command1(byte command)
        {
            _cmd[0] = command;
            Send(_cmd, 1);
        }

        private void Command2(byte command, byte parameter)
        {
            _cmd[0] = command;
            _cmd[1] = parameter;
            Send(_cmd, 2);
        }
    }
}
