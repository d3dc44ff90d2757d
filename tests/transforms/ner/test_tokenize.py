from transforms.ner.tokenize import sentences, tokenize


def test_tokens_carry_exact_offsets_and_keep_compounds_and_abbreviations() -> None:
    text = "Dr. Müller sagte z.B. zur Ukraine-Krise: „Nein“ (1.000,50 Euro)."
    tokens = tokenize(text)
    assert all(text[start:end] == word for word, start, end in tokens)
    assert [word for word, *_ in tokens] == [
        "Dr.", "Müller", "sagte", "z.B.", "zur", "Ukraine-Krise", ":", "„", "Nein", "“", "(", "1.000,50", "Euro", ")", ".",
    ]


def test_sentences_split_at_end_punctuation_and_blank_lines_but_not_after_ordinals() -> None:
    text = "Am 3. März kam er. Dann ging er\n\nNeuer Absatz"
    assert [[word for word, *_ in sentence] for sentence in sentences(text)] == [
        ["Am", "3", ".", "März", "kam", "er", "."],
        ["Dann", "ging", "er"],
        ["Neuer", "Absatz"],
    ]
