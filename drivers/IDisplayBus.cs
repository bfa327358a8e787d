namespace QrTerminal.Drivers
{
    /// <summary>
    /// The seam between a panel controller and its wire. I2C: command bytes go out after control byte 0x00,
    /// data after 0x40. SPI: D/C low for commands, high for data. The device layer implements it over
    /// nanoFramework; tests capture exactly what crosses it.
    /// </summary>
    public interface IDisplayBus
    {
        /// <summary>Sends command bytes (D/C low, or I2C control byte 0x00).</summary>
        void WriteCommand(byte[] buffer, int offset, int count);

        /// <summary>Sends display RAM data (D/C high, or I2C control byte 0x40).</summary>
        void WriteData(byte[] buffer, int offset, int count);
    }
}
