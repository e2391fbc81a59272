using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SchemaGen.Sev;

/// <summary>
/// The firmware part of qemu-server 9's command line for QEMU machine versions 10.0 and later: a
/// throttle group for the efidisk, a read-only <c>-blockdev</c> for the OVMF code image (node
/// <c>pflash0</c>), a <c>-blockdev</c> chain for the variable store (throttle node <c>drive-efidisk0</c>
/// over a format node over a file node), and the machine flags <c>pflash0=pflash0,pflash1=drive-efidisk0</c>.
/// Every object is canonical JSON (members sorted, no spaces), as qemu-server prints it.
/// </summary>
/// <remarks>
/// The inner node names are qemu-server's: <c>f</c> (format) or <c>e</c> (file) and the first 30 hex digits
/// of SHA-256 over <c>drive=efidisk0,volid=&lt;volid&gt;</c>, where the volid is the efidisk's <c>file</c>
/// as written (a storage volume id or a path), or the temporary copy's path for a VM without efidisk. The
/// efidisk gets cache mode writeback (<c>direct</c> false), <c>aio</c> io_uring, <c>discard</c> ignore and
/// <c>detect-zeroes</c> on, as qemu-server gives an efidisk; a path under <c>/dev/</c> opens with the
/// <c>host_device</c> driver, anything else with <c>file</c>.
/// </remarks>
public static class OvmfBlockdev
{
    /// <summary>The node name of the code image, which <c>pflash0=</c> names.</summary>
    public const string CodeNodeName = "pflash0";

    /// <summary>The top node of the variable store, which <c>pflash1=</c> names.</summary>
    public const string VarsNodeName = "drive-efidisk0";

    /// <summary>The throttle group of the variable store.</summary>
    public const string ThrottleGroupId = "throttle-drive-efidisk0";

    /// <summary>The QEMU machine version from which qemu-server uses this form.</summary>
    public static Version FirstMachineVersion { get; } = new(10, 0);

    /// <summary>The flags that precede the machine type in <c>-machine</c>.</summary>
    public static IReadOnlyList<string> MachineFlags { get; } = ["pflash0=" + CodeNodeName, "pflash1=" + VarsNodeName];

    // Perl's JSON escapes only quotes, backslashes and control characters; so does this encoder, mostly.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The <c>-object</c> value of the efidisk's throttle group (no limits).</summary>
    public static string ThrottleGroupObject() => Json(json =>
    {
        json.WriteString("id", ThrottleGroupId);
        json.WriteStartObject("limits");
        json.WriteEndObject();
        json.WriteString("qom-type", "throttle-group");
    });

    /// <summary>The <c>-blockdev</c> value of the read-only code image.</summary>
    /// <param name="codePath">The OVMF code image.</param>
    public static string CodeNode(string codePath) => Json(json =>
    {
        json.WriteString("driver", "raw");
        json.WriteStartObject("file");
        json.WriteString("driver", "file");
        json.WriteString("filename", codePath);
        json.WriteEndObject();
        json.WriteString("node-name", CodeNodeName);
        json.WriteBoolean("read-only", true);
    });

    /// <summary>The <c>-blockdev</c> value of the variable store: throttle, format and file nodes.</summary>
    /// <param name="volumeId">What the node names are hashed from: the efidisk's <c>file</c> as written, or the temporary copy's
    /// path.</param>
    /// <param name="path">Where the variable store is on this host.</param>
    /// <param name="format">Its image format, for example <c>raw</c>.</param>
    /// <param name="rawSize">The size QEMU is told for a raw store (the template's size); ignored for other formats.</param>
    public static string VarsNode(string volumeId, string path, string format, long? rawSize)
    {
        string hash = NodeHash(volumeId);
        return Json(json =>
        {
            Common(json);
            json.WriteString("driver", "throttle");
            json.WriteStartObject("file");
            WriteCache(json);
            Common(json);
            json.WriteString("driver", format);
            json.WriteStartObject("file");
            json.WriteString("aio", "io_uring");
            WriteCache(json);
            Common(json);
            json.WriteString("driver", path.StartsWith("/dev/", StringComparison.Ordinal) ? "host_device" : "file");
            json.WriteString("filename", path);
            json.WriteString("node-name", "e" + hash);
            json.WriteBoolean("read-only", false);
            json.WriteEndObject();
            json.WriteString("node-name", "f" + hash);
            json.WriteBoolean("read-only", false);
            if (format == "raw" && rawSize is { } size)
            {
                json.WriteNumber("size", size);
            }

            json.WriteEndObject();
            json.WriteString("node-name", VarsNodeName);
            json.WriteBoolean("read-only", false);
            json.WriteString("throttle-group", ThrottleGroupId);
        });
    }

    /// <summary>qemu-server's hash part of an efidisk0 node name: 30 hex digits of SHA-256 over
    /// <c>drive=efidisk0,volid=&lt;volid&gt;</c>.</summary>
    /// <param name="volumeId">The efidisk's <c>file</c> as written, or a path.</param>
    public static string NodeHash(string volumeId)
    {
        ArgumentNullException.ThrowIfNull(volumeId);
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes("drive=efidisk0,volid=" + volumeId));
        return Convert.ToHexStringLower(digest)[..30];
    }

    // detect-zeroes and discard come first in member order and stand on every node of the chain.
    private static void Common(Utf8JsonWriter json)
    {
        json.WriteString("detect-zeroes", "on");
        json.WriteString("discard", "ignore");
    }

    private static void WriteCache(Utf8JsonWriter json)
    {
        json.WriteStartObject("cache");
        json.WriteBoolean("direct", false);
        json.WriteBoolean("no-flush", false);
        json.WriteEndObject();
    }

    private static string Json(Action<Utf8JsonWriter> members)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            members(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
