using Throughline.GraphQL.Language;
using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL.Tests.Validation;

/// <summary>An expected validation error: message and (line, column) locations, in order.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations);

/// <summary>
/// Runs one rule (or a rule list) over a document against a small test schema shaped like graphql-js's
/// validation harness (pets, humans, aliens, complicated arguments), and compares errors exactly.
/// </summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        schema { query: QueryRoot mutation: MutationRoot subscription: SubscriptionRoot }
        scalar DateTime
        interface Mammal { mother: Mammal father: Mammal }
        interface Pet { name(surname: Boolean): String }
        interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }
        enum DogCommand { SIT HEEL DOWN }
        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
          tags: [String]
        }
        interface Being { name(surname: Boolean): String }
        interface Intelligent { iq: Int }
        type Alien implements Being & Intelligent { name(surname: Boolean): String iq: Int numEyes: Int }
        type Cat implements Being & Pet { name(surname: Boolean): String nickname: String meows: Boolean furColor: FurColor }
        union CatOrDog = Cat | Dog
        union HumanOrAlien = Human | Alien
        type Human implements Being & Intelligent {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
          iq: Int
          friends(first: Int): [Human!]!
        }
        enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }
        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          stringListField: [String]
        }
        input OneOfInput @oneOf { stringField: String intField: Int }
        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
        }
        interface SomeBox { deepBox: SomeBox unrelatedField: String }
        type StringBox implements SomeBox { scalar: String deepBox: StringBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
        type IntBox implements SomeBox { scalar: Int deepBox: IntBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
        type QueryRoot {
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          humanOrAlien: HumanOrAlien
          being: Being
          mammal: Mammal
          complicatedArgs: ComplicatedArgs
          someBox: SomeBox
          search(term: String!, first: Int = 10): [CatOrDog!]!
        }
        type MutationRoot { renameDog(id: ID!, name: String!): Dog }
        type SubscriptionRoot { dogBarked: Dog catMeowed: Cat tick: Int }
        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable(tag: String) repeatable on FIELD
        directive @tagged(name: String!, level: Int = 1) on FIELD
        """;

    public static GraphQLSchema Schema { get; } = GraphQLSchema.FromSdl(Sdl);

    public static IReadOnlyList<GraphQLError> Validate(IValidationRule rule, string document) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document), [rule]);

    public static void ExpectValid(IValidationRule rule, string document) =>
        Validate(rule, document).Select(e => e.Message).Should().BeEmpty();

    public static void ExpectErrors(IValidationRule rule, string document, params ExpectedError[] expected)
    {
        var actual = Validate(rule, document)
            .Select(e => new ExpectedError(e.Message, [.. e.Locations.Select(l => (l.Line, l.Column))]))
            .ToList();
        actual.Should().BeEquivalentTo(expected, options => options.WithStrictOrdering());
    }
}
