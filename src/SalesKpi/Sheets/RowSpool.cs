using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SalesKpi.Catalog;

namespace SalesKpi.Sheets;

/// <summary>
/// Rows from an asynchronous source, awaited one by one and kept in a temporary file as they arrive,
/// so that the writer (synchronous CPU work over local temporary files) can take them afterwards:
/// no thread waits on the source, and the rows are never all held in memory. Single use.
/// </summary>
internal sealed class RowSpool : IDisposable
{
    private const int ChunkSize = 1 << 16;
    private readonly FileStream _file = new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, ChunkSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    private RowSpool()
    {
    }

    public long Count { get; private set; }

    /// <summary>Takes every row of <paramref name="source"/>, checking the token before each.</summary>
    public static async Task<RowSpool> TakeAsync(IAsyncEnumerable<SalesRecord> source, CancellationToken cancellationToken)
    {
        var spool = new RowSpool();
        try
        {
            using var chunk = new MemoryStream();
            using var writer = new BinaryWriter(chunk, Encoding.UTF8, leaveOpen: true);
            await foreach (var record in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Write(writer, record);
                spool.Count++;
                if (chunk.Length >= ChunkSize)
                {
                    await spool.FlushAsync(writer, chunk, cancellationToken).ConfigureAwait(false);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            await spool.FlushAsync(writer, chunk, cancellationToken).ConfigureAwait(false);
            return spool;
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }

    /// <summary>The rows, in the order they came. Call once.</summary>
    public IEnumerable<SalesRecord> Records()
    {
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        for (var i = 0L; i < Count; i++)
        {
            yield return Read(reader)!;
        }
    }

    public void Dispose() => _file.Dispose();

    private async Task FlushAsync(BinaryWriter writer, MemoryStream chunk, CancellationToken cancellationToken)
    {
        writer.Flush();
        await _file.WriteAsync(chunk.GetBuffer(), 0, (int)chunk.Length, cancellationToken).ConfigureAwait(false);
        chunk.SetLength(0);
    }

    /// <summary>Every field as the record holds it, so that the writer checks and reports it as if it came straight from the source.</summary>
    private static void Write(BinaryWriter writer, SalesRecord? record)
    {
        writer.Write(record is not null);
        if (record is null)
        {
            return;
        }

        foreach (var field in InputField.All)
        {
            if (field.ReadDate is { } date)
            {
                writer.Write(date(record).ToBinary());
            }
            else if (field.ReadText is { } text)
            {
                var value = text(record);
                writer.Write(value is not null);
                writer.Write(value ?? "");
            }
            else if (field.ReadNumber is { } number)
            {
                var value = number(record);
                writer.Write(value.HasValue);
                writer.Write(value ?? 0m);
            }
        }
    }

    private static SalesRecord? Read(BinaryReader reader)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var dates = new DateTime[InputField.All.Count];
        var texts = new string?[InputField.All.Count];
        var numbers = new decimal?[InputField.All.Count];
        foreach (var field in InputField.All)
        {
            if (field.ReadDate is not null)
            {
                dates[field.Ordinal] = DateTime.FromBinary(reader.ReadInt64());
            }
            else if (field.ReadText is not null)
            {
                var has = reader.ReadBoolean();
                var value = reader.ReadString();
                texts[field.Ordinal] = has ? value : null;
            }
            else if (field.ReadNumber is not null)
            {
                var has = reader.ReadBoolean();
                var value = reader.ReadDecimal();
                numbers[field.Ordinal] = has ? value : null;
            }
        }

        return RecordBuilder.Build(f => dates[f.Ordinal], f => texts[f.Ordinal], f => numbers[f.Ordinal]);
    }
}
