using Throughline.GraphQL.Conformance;

var commands = typeof(IConformanceCommand).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IConformanceCommand).IsAssignableFrom(t))
    .Select(t => (IConformanceCommand)Activator.CreateInstance(t)!)
    .ToDictionary(c => c.Name, StringComparer.Ordinal);

if (args.Length != 1 || !commands.TryGetValue(args[0], out var command))
{
    await Console.Error.WriteLineAsync(
        $"usage: Throughline.GraphQL.Conformance <{string.Join('|', commands.Keys.Order())}> < request.json");
    return 2;
}

var input = await Console.In.ReadToEndAsync();
Console.Out.Write(await command.RunAsync(input));
return 0;
