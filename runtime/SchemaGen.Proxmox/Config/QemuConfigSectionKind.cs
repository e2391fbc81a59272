namespace SchemaGen.Proxmox;

/// <summary>Which part of a VM config file a section is.</summary>
public enum QemuConfigSectionKind
{
    /// <summary>The current configuration: the lines before the first <c>[...]</c> header.</summary>
    Current,

    /// <summary>Changes not applied yet: <c>[PENDING]</c>, with its <c>delete:</c> line.</summary>
    Pending,

    /// <summary>A special section: <c>[special:cloudinit]</c> or <c>[special:fleecing]</c>.</summary>
    Special,

    /// <summary>A snapshot: <c>[NAME]</c>.</summary>
    Snapshot,
}
