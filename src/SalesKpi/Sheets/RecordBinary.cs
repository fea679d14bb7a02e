using System;
using System.IO;
using SalesKpi.Catalog;

namespace SalesKpi.Sheets;

/// <summary>A record in a temporary file, every field as the record holds it, so that what is read back checks and reports as if it came straight from the source.</summary>
internal static class RecordBinary
{
    public static void Write(BinaryWriter writer, SalesRecord? record)
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

    public static SalesRecord? Read(BinaryReader reader)
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
