using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using QrTerminal.Drivers;

namespace QrTerminal.Device
{
    /// <summary>
    /// SSD1680/SSD1683 wiring: 4-wire SPI (mode 0, MSB first) with D/C, RST and BUSY (high = busy) GPIOs.
    /// Large data goes out in 1 KB chunks: SpiDevice.Write copies its span, so this bounds the temporary allocation.
    /// </summary>
    public sealed class DisplayEpdBus : IDisplayBus, IEpdIo, IDisposable
    {
        /// <summary>SPI clock: SSD1680 allows 20 MHz writes; 10 MHz leaves margin for long wires.</summary>
        public const int ClockHz = 10000000;

        private const int Chunk = 1024;
        private readonly SpiDevice _spi;
        private readonly GpioController _gpio;
        private readonly GpioPin _dc;
        private readonly GpioPin _reset;
        private readonly GpioPin _busy;

        /// <summary>Opens SPI bus <paramref name="spiBus"/> with chip select <paramref name="csPin"/> and the three GPIOs.</summary>
        public DisplayEpdBus(int spiBus, int csPin, int dcPin, int resetPin, int busyPin)
        {
            SpiConnectionSettings s = new SpiConnectionSettings(spiBus, csPin);
            s.ClockFrequency = ClockHz;
            s.Mode = SpiMode.Mode0;
            s.DataFlow = DataFlow.MsbFirst;
            s.DataBitLength = 8;
            s.ChipSelectLineActiveState = PinValue.Low;
            _spi = SpiDevice.Create(s);
            _gpio = new GpioController();
            _dc = _gpio.OpenPin(dcPin, PinMode.Output);
            _reset = _gpio.OpenPin(resetPin, PinMode.Output);
            _busy = _gpio.OpenPin(busyPin, PinMode.Input);
            _reset.Write(PinValue.High);
        }

        /// <inheritdoc />
        public void WriteCommand(byte[] buffer, int offset, int count)
        {
            _dc.Write(PinValue.Low);
            Write(buffer, offset, count);
        }

        /// <inheritdoc />
        public void WriteData(byte[] buffer, int offset, int count)
        {
            _dc.Write(PinValue.High);
            Write(buffer, offset, count);
        }

        /// <inheritdoc />
        public void HardwareReset()
        {
            _reset.Write(PinValue.Low);
            Thread.Sleep(10);
            _reset.Write(PinValue.High);
            Thread.Sleep(10);
        }

        /// <inheritdoc />
        public bool WaitWhileBusy(int timeoutMs)
        {
            long deadline = DateTime.UtcNow.Ticks + timeoutMs * TimeSpan.TicksPerMillisecond;
            while (_busy.Read() == PinValue.High)
            {
                if (DateTime.UtcNow.Ticks > deadline)
                {
                    return false;
                }
                Thread.Sleep(5);
            }
            return true;
        }

        /// <inheritdoc />
        public void DelayMs(int ms)
        {
            Thread.Sleep(ms);
        }

        /// <summary>Releases SPI and the pins.</summary>
        public void Dispose()
        {
            _spi.Dispose();
            _gpio.Dispose();
        }

        private void Write(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                int n = count > Chunk ? Chunk : count;
                _spi.Write(new SpanByte(buffer, offset, n));
                offset += n;
                count -= n;
            }
        }
    }
}
