namespace SchemaGen.Sev;

/// <summary>
/// The <c>arm-caps</c> object Proxmox's helper writes on an aarch64 host:
/// <c>{ "arm-caps": { "vendor": "ARM Limited", "aes": true, "sha2": true } }</c>. Written for the file to be
/// byte for byte the helper's; nothing in this library reads it back.
/// </summary>
/// <param name="Vendor">The CPU implementer's name, for example <c>ARM Limited</c>.</param>
/// <param name="Aes">Whether the CPU has the AES instructions.</param>
/// <param name="Sha2">Whether the CPU has the SHA-2 instructions.</param>
public sealed record ArmCpuCapabilities(string Vendor, bool Aes, bool Sha2);
