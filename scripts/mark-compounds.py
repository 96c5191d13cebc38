"""Marks the parts of hyphenated compounds in the Leichte Sprache locale with "|".

"Haupt-Menü" becomes "Haupt|Menü": the app then shows a hyphen or a Mediopunkt, and gives
screen readers and read-aloud the whole word. Run again after adding texts; marked words stay.
Usage: python3 scripts/mark-compounds.py [path/to/de-x-ls.json]
"""
import json
import re
import sys

# Hyphens that belong to the word itself, not to a compound split.
# "Wochen-Markt" is the sample of the hyphen style and must look the same in both styles.
KEEP = {'HSDS-Datei', 'nahbei-Version', 'E-Mail', 'E-Mails', 'QR-Code', 'QR-Codes', 'Wochen-Markt'}

COMPOUND = re.compile(r'[^\W\d_]+(?:-[^\W\d_]+)+')


def mark(text: str) -> str:
    def replace(match: re.Match) -> str:
        word = match.group()
        return word if word in KEEP else word.replace('-', '|')

    # Placeholders and nested keys are code, never words.
    pieces = re.split(r'(\{\{[^}]*\}\}|\$t\([^)]*\))', text)
    return ''.join(p if i % 2 else COMPOUND.sub(replace, p) for i, p in enumerate(pieces))


def walk(value):
    if isinstance(value, str):
        return mark(value)
    return {key: walk(child) for key, child in value.items()}


path = sys.argv[1] if len(sys.argv) > 1 else 'src/lib/i18n/locales/de-x-ls.json'
with open(path, encoding='utf-8') as file:
    messages = json.load(file)
with open(path, 'w', encoding='utf-8') as file:
    json.dump(walk(messages), file, ensure_ascii=False, indent='\t')
    file.write('\n')
