// Reference declarations for nfcheck: nanoFramework.Iot.Device.Ssd13xx 1.3.689 (assembly Iot.Device.Ssd13xx).
// Signatures from nanoframework/nanoFramework.IoT.Device: devices/Ssd13xx/{Ssd13xx,Ssd1306,Sh1106}.cs and
// devices/Ssd13xx/Commands/{ICommand,ISharedCommand}.cs; only the members QrTerminal uses. Bodies are throw null.
using System;
using System.Device.I2c;
using Iot.Device.Ssd13xx.Commands;

namespace Iot.Device.Ssd13xx.Commands
{
    public interface ICommand
    {
        byte Id { get; }
        byte[] GetBytes();
    }

    public interface ISharedCommand : ICommand
    {
    }
}

namespace Iot.Device.Ssd13xx
{
    public abstract class Ssd13xx : IDisposable
    {
        public int Width { get { throw null; } set { throw null; } }
        public int Height { get { throw null; } set { throw null; } }
        public abstract void SendCommand(ISharedCommand command);
        public virtual void SendData(SpanByte data) { throw null; }
        public void Dispose() { throw null; }
    }

    public class Ssd1306 : Ssd13xx
    {
        public const byte DefaultI2cAddress = 0x3C;
        public const byte SecondaryI2cAddress = 0x3D;
        public Ssd1306(I2cDevice i2cDevice, int resetPin = -1) { throw null; }
        public override void SendCommand(ISharedCommand command) { throw null; }
    }

    public class Sh1106 : Ssd1306
    {
        public Sh1106(I2cDevice i2cDevice, int resetPin = -1) : base(i2cDevice, resetPin) { throw null; }
    }
}
