using System.IO;

namespace QrTerminal.Core
{
    /// <summary>
    /// Reads an HTTP body without ever holding more than a limit: transports call it on the response stream.
    /// A declared Content-Length above the limit is refused before any byte is read; an undeclared or lying length
    /// is cut off after limit + 1 bytes. Either way the result is <see cref="TransportException"/> with
    /// <see cref="Fault.BodyTooLarge"/> and the caller disposes the response, dropping the rest unread.
    /// </summary>
    public static class BoundedBody
    {
        /// <summary>
        /// Reads <paramref name="stream"/> to its end into a new array of at most <paramref name="limit"/> bytes.
        /// <paramref name="declaredLength"/> is the Content-Length, or -1 when unknown. Returns the bytes read
        /// (<paramref name="length"/> valid); a null stream gives an empty result.
        /// </summary>
        public static byte[] Read(Stream stream, long declaredLength, int limit, out int length)
        {
            if (declaredLength > limit)
            {
                throw new TransportException(Fault.BodyTooLarge, "Content-Length " + declaredLength.ToString() + " > " + limit.ToString());
            }

            length = 0;
            if (stream == null || declaredLength == 0)
            {
                return new byte[0];
            }

            // One spare byte tells "exactly limit" from "more than limit".
            int capacity = declaredLength > 0 ? (int)declaredLength + 1 : limit + 1;
            byte[] buffer = new byte[capacity];
            while (true)
            {
                int room = capacity - length;
                if (room == 0)
                {
                    // Filled the buffer: either the declared length was a lie or the limit is exceeded.
                    if (length > limit)
                    {
                        throw new TransportException(Fault.BodyTooLarge, "body exceeds " + limit.ToString() + " bytes");
                    }

                    if (declaredLength >= 0)
                    {
                        throw new TransportException(Fault.BodyTooLarge, "body longer than its Content-Length");
                    }
                }

                int n = stream.Read(buffer, length, room);
                if (n <= 0)
                {
                    break;
                }

                length += n;
            }

            if (length > limit)
            {
                throw new TransportException(Fault.BodyTooLarge, "body exceeds " + limit.ToString() + " bytes");
            }

            return buffer;
        }
    }
}
