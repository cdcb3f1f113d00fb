using System.Text.Json;

namespace BlazorShop.Features.Payments.Alipay;

/// <summary>
/// Finds the signed part of a server-to-server answer without re-serialising it: the RAW text of the
/// <c>&lt;method_with_underscores&gt;_response</c> value, from its <c>{</c> to the matching <c>}</c> (quote- and
/// escape-aware), and the <c>sign</c> beside it. Only the top level of the answer is looked at, and an answer that
/// names either of them twice is refused (a duplicate-key forgery: one copy signed, the other read).
/// </summary>
public static class AlipayResponse
{
    /// <summary>The node name of a method: <c>alipay.trade.query</c> → <c>alipay_trade_query_response</c>.</summary>
    public static string NodeOf(string method) => method.Replace('.', '_') + "_response";

    /// <summary>
    /// The raw node text (<paramref name="node"/>, or <c>error_response</c> when the gateway answered with that
    /// instead) and the signature. False when the body is not a JSON object, a key is repeated, or the node is absent.
    /// </summary>
    public static bool TryExtract(string body, string node, out string raw, out string? sign, out bool isError)
    {
        raw = "";
        sign = null;
        isError = false;
        string? found = null, error = null;
        var signs = 0;
        var nodes = 0;
        var errors = 0;
        var i = SkipSpace(body, 0);
        if (i >= body.Length || body[i] != '{') return false;
        i = SkipSpace(body, i + 1);
        if (i < body.Length && body[i] == '}') return false;
        while (i < body.Length)
        {
            if (body[i] != '"') return false;
            var keyEnd = SkipString(body, i);
            if (keyEnd < 0) return false;
            string key;
            try { key = JsonSerializer.Deserialize<string>(body.AsSpan(i, keyEnd - i)) ?? ""; }
            catch (JsonException) { return false; }
            i = SkipSpace(body, keyEnd);
            if (i >= body.Length || body[i] != ':') return false;
            var valueStart = SkipSpace(body, i + 1);
            var valueEnd = SkipValue(body, valueStart);
            if (valueEnd < 0) return false;
            var value = body[valueStart..valueEnd];
            if (key == node) { nodes++; found = value; }
            else if (key == "error_response") { errors++; error = value; }
            else if (key == "sign")
            {
                signs++;
                if (value.StartsWith('"'))
                {
                    try { sign = JsonSerializer.Deserialize<string>(value); }
                    catch (JsonException) { return false; }
                }
            }
            i = SkipSpace(body, valueEnd);
            if (i >= body.Length) return false;
            if (body[i] == '}') { if (SkipSpace(body, i + 1) != body.Length) return false; break; }
            if (body[i] != ',') return false;
            i = SkipSpace(body, i + 1);
        }
        if (nodes > 1 || signs > 1 || errors > 1) return false;
        if (found is null && error is null) return false;
        isError = found is null;
        raw = found ?? error!;
        return raw.StartsWith('{');
    }

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\r' or '\n') i++;
        return i;
    }

    /// <summary>The index just after the string starting at <paramref name="i"/> (a quote), or -1.</summary>
    private static int SkipString(string s, int i)
    {
        for (var j = i + 1; j < s.Length; j++)
        {
            if (s[j] == '\\') { j++; continue; }
            if (s[j] == '"') return j + 1;
        }
        return -1;
    }

    /// <summary>The index just after the JSON value starting at <paramref name="i"/>, or -1.</summary>
    private static int SkipValue(string s, int i)
    {
        if (i >= s.Length) return -1;
        if (s[i] == '"') return SkipString(s, i);
        if (s[i] is '{' or '[')
        {
            var depth = 0;
            for (var j = i; j < s.Length; j++)
            {
                switch (s[j])
                {
                    case '"':
                        j = SkipString(s, j);
                        if (j < 0) return -1;
                        j--;
                        break;
                    case '{' or '[':
                        depth++;
                        break;
                    case '}' or ']':
                        if (--depth == 0) return j + 1;
                        break;
                }
            }
            return -1;
        }
        var end = i;
        while (end < s.Length && s[end] is not (',' or '}' or ' ' or '\t' or '\r' or '\n')) end++;
        return end == i ? -1 : end;
    }
}
