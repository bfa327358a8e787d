using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace QrTerminal.Gateway;

/// <summary>
/// payOS webhook signatures: HMAC-SHA256, keyed with the checksum key's text, over the <c>data</c> object's fields
/// sorted by name and joined as <c>k=v&amp;k=v</c> (null as empty, nested values as sorted compact JSON), in hex.
/// </summary>
public static class PayOsSignature
{
    /// <summary>The lower-case hex signature of <paramref name="data"/> (a JSON object).</summary>
    public static string Compute(JsonElement data, string checksumKey)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("data must be a JSON object", nameof(data));
        }
        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(checksumKey), Encoding.UTF8.GetBytes(CanonicalText(data)));
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>True when <paramref name="signature"/> (hex, any case) signs <paramref name="data"/>; constant-time.</summary>
    public static bool Verify(JsonElement data, string signature, string checksumKey)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(checksumKey) || data.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        byte[] expected = Encoding.ASCII.GetBytes(Compute(data, checksumKey));
        byte[] given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The signed text: <c>k=v</c> pairs in ordinal key order joined with <c>&amp;</c>.</summary>
    public static string CanonicalText(JsonElement data)
    {
        var sb = new StringBuilder();
        foreach (JsonProperty p in data.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (sb.Length > 0)
            {
                sb.Append('&');
            }
            sb.Append(p.Name).Append('=').Append(ValueText(p.Value));
        }
        return sb.ToString();
    }

    private static string ValueText(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => v.GetRawText(),
        _ => SortedJson(v),
    };

    private static string SortedJson(JsonElement v)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            WriteSorted(w, v);
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteSorted(Utf8JsonWriter w, JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Object:
                w.WriteStartObject();
                foreach (JsonProperty p in v.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    w.WritePropertyName(p.Name);
                    WriteSorted(w, p.Value);
                }
                w.WriteEndObject();
                break;
            case JsonValueKind.Array:
                w.WriteStartArray();
                foreach (JsonElement e in v.EnumerateArray())
                {
                    WriteSorted(w, e);
                }
                w.WriteEndArray();
                break;
            default:
                v.WriteTo(w);
                break;
        }
    }
}
