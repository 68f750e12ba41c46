/**
 * What TeX macros stand for as characters, shared by the typesetter (running text) and the plain-text
 * fallback (running text and formulas alike).
 */

/**
 * Symbol macros that abstracts use both in formulas and, loosely, in running text (`2.5\times`,
 * `English\rightarrow German`).
 */
export const SYMBOLS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['times', '×'],
  ['div', '÷'],
  ['cdot', '·'],
  ['cdots', '⋯'],
  ['ldots', '…'],
  ['dots', '…'],
  ['pm', '±'],
  ['mp', '∓'],
  ['to', '→'],
  ['rightarrow', '→'],
  ['longrightarrow', '⟶'],
  ['leftarrow', '←'],
  ['gets', '←'],
  ['leftrightarrow', '↔'],
  ['Rightarrow', '⇒'],
  ['Leftarrow', '⇐'],
  ['Leftrightarrow', '⇔'],
  ['implies', '⇒'],
  ['mapsto', '↦'],
  ['uparrow', '↑'],
  ['downarrow', '↓'],
  ['sim', '∼'],
  ['approx', '≈'],
  ['simeq', '≃'],
  ['cong', '≅'],
  ['equiv', '≡'],
  ['propto', '∝'],
  ['neq', '≠'],
  ['ne', '≠'],
  ['leq', '≤'],
  ['le', '≤'],
  ['geq', '≥'],
  ['ge', '≥'],
  ['ll', '≪'],
  ['gg', '≫'],
  ['infty', '∞'],
  ['partial', '∂'],
  ['nabla', '∇'],
  ['sum', '∑'],
  ['prod', '∏'],
  ['int', '∫'],
  ['in', '∈'],
  ['notin', '∉'],
  ['subset', '⊂'],
  ['subseteq', '⊆'],
  ['cup', '∪'],
  ['cap', '∩'],
  ['emptyset', '∅'],
  ['forall', '∀'],
  ['exists', '∃'],
  ['neg', '¬'],
  ['land', '∧'],
  ['lor', '∨'],
  ['oplus', '⊕'],
  ['otimes', '⊗'],
  ['circ', '∘'],
  ['star', '⋆'],
  ['ast', '∗'],
  ['top', '⊤'],
  ['bot', '⊥'],
  ['perp', '⊥'],
  ['mid', '∣'],
  ['parallel', '∥'],
  ['langle', '⟨'],
  ['rangle', '⟩'],
  ['lfloor', '⌊'],
  ['rfloor', '⌋'],
  ['lceil', '⌈'],
  ['rceil', '⌉'],
  ['prime', '′'],
  ['ell', 'ℓ'],
  ['hbar', 'ℏ'],
  ['aleph', 'ℵ'],
  ['checkmark', '✓'],
  ['dagger', '†'],
  ['dag', '†'],
  ['ddagger', '‡'],
  ['ddag', '‡'],
  ['degree', '°'],
  ['backslash', '\\'],
]);

/** Text-mode macros that print a character or a word. */
export const TEXT_WORDS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['textellipsis', '…'],
  ['textasciitilde', '~'],
  ['textbackslash', '\\'],
  ['textasciicircum', '^'],
  ['textunderscore', '_'],
  ['textbar', '|'],
  ['textless', '<'],
  ['textgreater', '>'],
  ['textendash', '–'],
  ['textemdash', '—'],
  ['textquoteleft', '‘'],
  ['textquoteright', '’'],
  ['textquotedblleft', '“'],
  ['textquotedblright', '”'],
  ['textdegree', '°'],
  ['textregistered', '®'],
  ['texttrademark', '™'],
  ['copyright', '©'],
  ['pounds', '£'],
  ['euro', '€'],
  ['S', '§'],
  ['LaTeX', 'LaTeX'],
  ['TeX', 'TeX'],
  ['i', 'ı'],
  ['o', 'ø'],
  ['O', 'Ø'],
  ['l', 'ł'],
  ['L', 'Ł'],
  ['ss', 'ß'],
  ['ae', 'æ'],
  ['AE', 'Æ'],
  ['oe', 'œ'],
  ['OE', 'Œ'],
  ['aa', 'å'],
  ['AA', 'Å'],
]);

/**
 * Abbreviation macros from paper style files (`\eg`, `\ie`, `\etal`). Each ends in a full stop,
 * which is left out when the source already has one after the macro (`\etal.`).
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['eg', 'e.g.'],
  ['Eg', 'E.g.'],
  ['ie', 'i.e.'],
  ['Ie', 'I.e.'],
  ['etal', 'et al.'],
  ['cf', 'cf.'],
  ['Cf', 'Cf.'],
  ['etc', 'etc.'],
  ['wrt', 'w.r.t.'],
  ['vs', 'vs.'],
  ['aka', 'a.k.a.'],
]);

/** Accents as combining marks: control symbols (`\'e`) and control words (`\v{c}`). */
export const ACCENTS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ["'", '\u0301'],
  ['`', '\u0300'],
  ['^', '\u0302'],
  ['"', '\u0308'],
  ['~', '\u0303'],
  ['=', '\u0304'],
  ['.', '\u0307'],
  ['u', '\u0306'],
  ['v', '\u030c'],
  ['H', '\u030b'],
  ['c', '\u0327'],
  ['k', '\u0328'],
  ['r', '\u030a'],
]);

const SUPERSCRIPTS = /* @__PURE__ */ new Map(
  [
    ...'0⁰1¹2²3³4⁴5⁵6⁶7⁷8⁸9⁹+⁺-⁻=⁼(⁽)⁾',
    ...'aᵃbᵇcᶜdᵈeᵉfᶠgᵍhʰiⁱjʲkᵏlˡmᵐnⁿoᵒpᵖrʳsˢtᵗuᵘvᵛwʷxˣyʸzᶻ',
    ...'AᴬBᴮDᴰEᴱGᴳHᴴIᴵJᴶKᴷLᴸMᴹNᴺOᴼPᴾRᴿTᵀUᵁVⱽWᵂ',
    ...'βᵝγᵞδᵟθᶿφᵠχᵡ⊤ᵀ′′*﹡',
  ].flatMap((char, index, all) => (index % 2 === 0 ? [[char, all[index + 1] ?? char]] : [])),
);

const SUBSCRIPTS = /* @__PURE__ */ new Map(
  [
    ...'0₀1₁2₂3₃4₄5₅6₆7₇8₈9₉+₊-₋=₌(₍)₎',
    ...'aₐeₑhₕiᵢjⱼkₖlₗmₘnₙoₒpₚrᵣsₛtₜuᵤvᵥxₓ',
    ...'βᵦγᵧρᵨφᵩχᵪ',
  ].flatMap((char, index, all) => (index % 2 === 0 ? [[char, all[index + 1] ?? char]] : [])),
);

/** `text` in superscript (`^`) or subscript (`_`) letters, or null when Unicode lacks one of them. */
export function scriptLetters(text: string, script: '^' | '_'): string | null {
  const letters = script === '^' ? SUPERSCRIPTS : SUBSCRIPTS;
  let out = '';
  for (const char of text) {
    const mapped = letters.get(char);
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}
