using System;
using System.IO;
using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>Reads the config JSON from internal flash (deployed with nanoff --filedeployment) and validates it in the core.</summary>
    internal static class ConfigFile
    {
        /// <summary>Where nanoff puts the file: the ESP32 internal SPIFFS volume.</summary>
        public const string DefaultPath = "I:\\qrterminal.json";

        /// <summary>The validated config.</summary>
        /// <exception cref="ConfigException">missing, unreadable, too large or invalid; never anything else.</exception>
        public static StandConfig Load(string path)
        {
            byte[] bytes;
            int length = 0;
            try
            {
                if (!File.Exists(path))
                {
                    throw new ConfigException("(file)", path + " not found: deploy it with nanoff --filedeployment");
                }

                using (FileStream fs = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    if (fs.Length > ConfigParser.MaxConfigBytes)
                    {
                        throw new ConfigException("(file)", "larger than " + ConfigParser.MaxConfigBytes.ToString() + " bytes");
                    }

                    bytes = new byte[(int)fs.Length];
                    while (length < bytes.Length)
                    {
                        int n = fs.Read(bytes, length, bytes.Length - length);
                        if (n <= 0)
                        {
                            break;
                        }

                        length += n;
                    }
                }
            }
            catch (ConfigException)
            {
                throw;
            }
            catch (Exception e)
            {
                throw new ConfigException("(file)", "cannot be read: " + e.Message);
            }

            return ConfigParser.Parse(bytes, length);
        }
    }
}
