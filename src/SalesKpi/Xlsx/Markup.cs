using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SalesKpi.Xlsx;

/// <summary>
/// Builds the small parts, and the parts of a sheet around its rows, as LINQ to XML trees that are
/// then written to the part's stream (<see cref="XNode.WriteTo"/>): the code shows each part's shape,
/// and a null child or attribute is left out, so optional ones need no <c>if</c>. The rows of big
/// sheets are streamed with <see cref="XmlWriter"/> instead.
/// </summary>
internal static class Markup
{
    /// <summary>The namespace of worksheet, workbook and style elements.</summary>
    public static readonly XNamespace Main = Ns.Main;

    /// <summary>An element of the main namespace.</summary>
    public static XElement Element(string name, params object?[] content) => new(Main + name, content);

    /// <summary>Attributes in the order given; a null value leaves its attribute out.</summary>
    public static IEnumerable<XAttribute> Attributes(params (XName Name, string? Value)[] attributes) =>
        attributes.Where(a => a.Value is not null).Select(a => new XAttribute(a.Name, a.Value!));

    /// <summary>A list element that states how many items it holds, as the format wants.</summary>
    public static XElement Counted(string name, IEnumerable<XElement> items)
    {
        var list = items.ToList();
        return Element(name, new XAttribute("count", Ns.Int(list.Count)), list);
    }

    /// <summary>The <c>r:id</c> attribute by which an element names a related part.</summary>
    public static XAttribute RelationshipId(string id) => new(XNamespace.Get(Ns.Relationships) + "id", id);

    /// <summary>Binds a prefix to a namespace on the element that carries it.</summary>
    public static XAttribute Declare(string prefix, XNamespace uri) => new(XNamespace.Xmlns + prefix, uri.NamespaceName);

    /// <summary>For streamed elements: writes an attribute, or nothing where <paramref name="value"/> is null.</summary>
    public static void WriteOptionalAttribute(this XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteAttributeString(name, value);
        }
    }
}
