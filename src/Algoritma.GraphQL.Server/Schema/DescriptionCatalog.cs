using GraphQL.Types;
using GraphQL.Utilities;

namespace Algoritma.GraphQL.Server.Schema;

/// <summary>
/// Fills in the descriptions a type, field, argument or enum value was declared without, from a catalog keyed by
/// schema coordinate: <c>Type</c>, <c>Type.field</c>, <c>Type.field(argument)</c>, <c>Enum.VALUE</c>. A description
/// given where the member is declared wins.
/// </summary>
public abstract class DescriptionCatalog(IReadOnlyDictionary<string, string> descriptions) : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema) => Fill(type, type.Name);

    public override void VisitInterface(IInterfaceGraphType type, ISchema schema) => Fill(type, type.Name);

    public override void VisitInputObject(IInputObjectGraphType type, ISchema schema) => Fill(type, type.Name);

    public override void VisitEnum(EnumerationGraphType type, ISchema schema) => Fill(type, type.Name);

    public override void VisitEnumValue(EnumValueDefinition value, EnumerationGraphType type, ISchema schema) =>
        value.Description ??= Lookup($"{type.Name}.{value.Name}");

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => Fill(field, type.Name);

    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema) => Fill(field, type.Name);

    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema) => Fill(field, type.Name);

    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field, IObjectGraphType type, ISchema schema) =>
        argument.Description ??= Lookup($"{type.Name}.{field.Name}({argument.Name})") ?? Lookup($"{type.Name}.*({argument.Name})");

    public override void VisitInterfaceFieldArgumentDefinition(QueryArgument argument, FieldType field, IInterfaceGraphType type, ISchema schema) =>
        argument.Description ??= Lookup($"{type.Name}.{field.Name}({argument.Name})") ?? Lookup($"{type.Name}.*({argument.Name})");

    private void Fill(IGraphType type, string coordinate) => type.Description ??= Lookup(coordinate);

    private void Fill(FieldType field, string typeName) => field.Description ??= Lookup($"{typeName}.{field.Name}") ?? Lookup($"*.{field.Name}");

    private string? Lookup(string coordinate) => descriptions.GetValueOrDefault(coordinate);
}
