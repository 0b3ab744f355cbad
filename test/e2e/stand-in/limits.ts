// Discord's documented limits for what a bot sends, checked the way Discord checks them: the stand-in answers
// a breaking body with 400 "Invalid Form Body", and tests assert the list of violations is empty.
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits and the component and command docs.

export const messageLimits = {
  content: 2_000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4_096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1_024,
  embedFooterText: 2_048,
  embedAuthorName: 256,
  embedTotalCharacters: 6_000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceStringValue: 100,
} as const;

export const commandLimits = {
  commandsPerScope: 100,
  name: 32,
  description: 100,
  options: 25,
  stringMaxLength: 6_000,
} as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const textLength = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

/** Every limit a message body (reply, follow-up or edit) breaks, as `path: what` lines; [] when it is valid. */
export function messageLimitViolations(body: unknown): string[] {
  if (!isObject(body)) return [];
  const violations: string[] = [];
  const over = (path: string, length: number, limit: number) => {
    if (length > limit) violations.push(`${path}: ${length} > ${limit}`);
  };
  over('content', textLength(body.content), messageLimits.content);

  const embeds = asArray(body.embeds);
  over('embeds', embeds.length, messageLimits.embeds);
  let embedCharacters = 0;
  embeds.forEach((embed, index) => {
    if (!isObject(embed)) return violations.push(`embeds[${index}]: not an object`);
    const path = `embeds[${index}]`;
    const footer = isObject(embed.footer) ? embed.footer : {};
    const author = isObject(embed.author) ? embed.author : {};
    over(`${path}.title`, textLength(embed.title), messageLimits.embedTitle);
    over(`${path}.description`, textLength(embed.description), messageLimits.embedDescription);
    over(`${path}.footer.text`, textLength(footer.text), messageLimits.embedFooterText);
    over(`${path}.author.name`, textLength(author.name), messageLimits.embedAuthorName);
    const fields = asArray(embed.fields);
    over(`${path}.fields`, fields.length, messageLimits.embedFields);
    embedCharacters +=
      textLength(embed.title) + textLength(embed.description) + textLength(footer.text) + textLength(author.name);
    fields.forEach((field, fieldIndex) => {
      if (!isObject(field)) return violations.push(`${path}.fields[${fieldIndex}]: not an object`);
      if (textLength(field.name) === 0) violations.push(`${path}.fields[${fieldIndex}].name: empty`);
      if (textLength(field.value) === 0) violations.push(`${path}.fields[${fieldIndex}].value: empty`);
      over(`${path}.fields[${fieldIndex}].name`, textLength(field.name), messageLimits.embedFieldName);
      over(`${path}.fields[${fieldIndex}].value`, textLength(field.value), messageLimits.embedFieldValue);
      embedCharacters += textLength(field.name) + textLength(field.value);
    });
    return undefined;
  });
  over('embeds (all characters)', embedCharacters, messageLimits.embedTotalCharacters);

  const rows = asArray(body.components);
  over('components', rows.length, messageLimits.actionRows);
  const customIds = new Set<string>();
  rows.forEach((row, rowIndex) => {
    const buttons = isObject(row) ? asArray(row.components) : [];
    over(`components[${rowIndex}].components`, buttons.length, messageLimits.buttonsPerRow);
    buttons.forEach((button, buttonIndex) => {
      if (!isObject(button)) return;
      const path = `components[${rowIndex}].components[${buttonIndex}]`;
      over(`${path}.label`, textLength(button.label), messageLimits.buttonLabel);
      if (typeof button.custom_id === 'string') {
        over(`${path}.custom_id`, textLength(button.custom_id), messageLimits.customId);
        if (customIds.has(button.custom_id)) violations.push(`${path}.custom_id: duplicate "${button.custom_id}"`);
        customIds.add(button.custom_id);
      }
    });
  });
  return violations;
}

/** Every limit an autocomplete result breaks; [] when it is valid. */
export function autocompleteLimitViolations(body: unknown): string[] {
  const choices = isObject(body) ? asArray(body.choices) : [];
  const violations: string[] = [];
  if (choices.length > messageLimits.autocompleteChoices)
    violations.push(`choices: ${choices.length} > ${messageLimits.autocompleteChoices}`);
  choices.forEach((choice, index) => {
    if (!isObject(choice)) return violations.push(`choices[${index}]: not an object`);
    const nameLength = textLength(choice.name);
    if (nameLength < 1 || nameLength > messageLimits.choiceName)
      violations.push(`choices[${index}].name: length ${nameLength} not in 1–${messageLimits.choiceName}`);
    if (typeof choice.value === 'string' && textLength(choice.value) > messageLimits.choiceStringValue) {
      violations.push(`choices[${index}].value: ${textLength(choice.value)} > ${messageLimits.choiceStringValue}`);
    }
    return undefined;
  });
  return violations;
}

const commandNamePattern = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Every rule a bulk command overwrite breaks (names, descriptions, option counts); [] when Discord would accept it. */
export function commandLimitViolations(body: unknown): string[] {
  if (!Array.isArray(body)) return ['body: must be an array of commands'];
  const violations: string[] = [];
  if (body.length > commandLimits.commandsPerScope)
    violations.push(`body: ${body.length} commands > ${commandLimits.commandsPerScope}`);
  body.forEach((command, index) => {
    if (!isObject(command)) return violations.push(`[${index}]: not an object`);
    const name = typeof command.name === 'string' ? command.name : '';
    if (!(command.type === 2 || command.type === 3) && (!commandNamePattern.test(name) || name !== name.toLowerCase()))
      violations.push(`[${index}].name: "${name}" is not a valid lower-case command name`);
    const descriptionLength = textLength(command.description);
    // User and message commands (types 2 and 3) have no description, and names that may hold spaces and capitals.
    const isContextMenu = command.type === 2 || command.type === 3;
    if (isContextMenu) {
      if (descriptionLength !== 0) violations.push(`[${index}].description: must be empty for a context-menu command`);
      if (asArray(command.options).length > 0) violations.push(`[${index}].options: a context-menu command has none`);
      if (name.length < 1 || name.length > 32) violations.push(`[${index}].name: "${name}" is not 1–32 characters`);
      return undefined;
    }
    if (descriptionLength < 1 || descriptionLength > commandLimits.description)
      violations.push(`[${index}].description: length ${descriptionLength} not in 1–100`);
    const options = asArray(command.options);
    if (options.length > commandLimits.options)
      violations.push(`[${index}].options: ${options.length} > ${commandLimits.options}`);
    let seenOptional = false;
    options.forEach((option, optionIndex) => {
      if (!isObject(option)) return;
      const path = `[${index}].options[${optionIndex}]`;
      const optionName = typeof option.name === 'string' ? option.name : '';
      if (!commandNamePattern.test(optionName) || optionName !== optionName.toLowerCase())
        violations.push(`${path}.name: "${optionName}" is not valid`);
      const optionDescriptionLength = textLength(option.description);
      if (optionDescriptionLength < 1 || optionDescriptionLength > commandLimits.description)
        violations.push(`${path}.description: length ${optionDescriptionLength} not in 1–100`);
      if (option.required === true && seenOptional)
        violations.push(`${path}: required options must come before optional ones`);
      if (option.required !== true) seenOptional = true;
      if (typeof option.max_length === 'number' && option.max_length > commandLimits.stringMaxLength)
        violations.push(`${path}.max_length: > ${commandLimits.stringMaxLength}`);
      if (option.autocomplete === true && asArray(option.choices).length > 0)
        violations.push(`${path}: autocomplete and choices cannot be combined`);
    });
    return undefined;
  });
  return violations;
}
