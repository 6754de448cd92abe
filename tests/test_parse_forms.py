"""parse_citation on the citation forms of issue 3, one real-looking line each."""

from __future__ import annotations

from typing import Any

import pytest

from biblio import Name, parse_citation


def names(people: list[Name]) -> list[str]:
    """"Family|Given" with particles in the family, as a reader would sort them."""
    return [f"{n.literal or n.sort_family()}|{n.given or ''}" + (f"|{n.suffix}" if n.suffix else "")
            for n in people]


def check(line: str, **want: Any) -> None:
    parsed = parse_citation(line)
    assert parsed.is_citation, parsed.reason
    record = parsed.record
    for key, value in want.items():
        if key in ("author", "editor", "translator", "director"):
            assert names(record.get(key)) == value, key
        elif key == "year":
            assert record.year == value
        elif key == "type":
            assert record.type == value
        else:
            assert record.get(key.replace("_", "-")) == value, key


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Isaac Deutscher, The Prophet Armed: Trotsky, 1879-1921 (1954)",
         {"author": ["Deutscher|Isaac"], "title": "The Prophet Armed: Trotsky, 1879-1921",
          "year": 1954}),
        ("Yevgeny Zamyatin, We (1921)", {"author": ["Zamyatin|Yevgeny"], "title": "We"}),
        ("H. G. Wells, Russia in the Shadows (1920)",
         {"author": ["Wells|H. G."], "title": "Russia in the Shadows"}),
        ("Oleg V. Khlevniuk, Stalin: New Biography of a Dictator (2017)",
         {"author": ["Khlevniuk|Oleg V."]}),
        ("Simone de Beauvoir, The Second Sex (1949)", {"author": ["de Beauvoir|Simone"]}),
        ("Ludwig von Mises, Socialism (1922)", {"author": ["von Mises|Ludwig"]}),
        ("Martin Luther King Jr., Why We Can't Wait (1964)",
         {"author": ["King|Martin Luther|Jr."], "title": "Why We Can't Wait"}),
        ("Henry Louis Gates, Jr., The Signifying Monkey (1988)",
         {"author": ["Gates|Henry Louis|Jr."], "title": "The Signifying Monkey"}),
        ("W. E. B. Du Bois, The Souls of Black Folk (1903)", {"author": ["Du Bois|W. E. B."]}),
        ("Gabriel García Márquez, One Hundred Years of Solitude (1967)",
         {"author": ["García Márquez|Gabriel"]}),
        ("Mao Zedong, On Guerrilla Warfare (1937)", {"author": ["Mao|Zedong"]}),
        ("World Bank, World Development Report 2019: The Changing Nature of Work (2019)",
         {"author": ["World Bank|"], "title": "World Development Report 2019: The Changing "
          "Nature of Work"}),
        ("Plato, The Republic (c. 375 BC)", {"author": ["Plato|"], "title": "The Republic"}),
    ],
)
def test_author_title_year(line: str, want: dict[str, Any]) -> None:
    check(line, **want)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Isaac Deutscher, The Prophet Armed (Oxford University Press, 1954)",
         {"publisher": "Oxford University Press", "year": 1954}),
        ("Isaac Deutscher, The Prophet Outcast (London: Oxford University Press, 1963)",
         {"publisher_place": "London", "publisher": "Oxford University Press", "year": 1963}),
        ("Deutscher, I. (1954). The prophet armed: Trotsky, 1879-1921. Oxford University Press.",
         {"author": ["Deutscher|I."], "title": "The prophet armed: Trotsky, 1879-1921",
          "publisher": "Oxford University Press", "year": 1954}),
        ("Deutscher, Isaac. The Prophet Armed. London: Oxford University Press, 1954.",
         {"author": ["Deutscher|Isaac"], "publisher_place": "London", "year": 1954}),
        ("Morrison, Toni. Beloved. Vintage, 2004.", {"publisher": "Vintage", "year": 2004}),
        ("Harvey, D. (2005) A Brief History of Neoliberalism. Oxford: Oxford University Press.",
         {"author": ["Harvey|D."], "publisher_place": "Oxford"}),
        ("Service, R. 2007, Comrades: A World History of Communism, Macmillan, London.",
         {"publisher": "Macmillan", "publisher_place": "London", "year": 2007}),
        ("Darkness at Noon by Arthur Koestler (1940)",
         {"author": ["Koestler|Arthur"], "title": "Darkness at Noon", "year": 1940}),
        ("Stand by Me: The Forgotten History of Gay Liberation by Jim Downs (2016)",
         {"title": "Stand by Me: The Forgotten History of Gay Liberation"}),
        ('"The Prophet Armed" by Isaac Deutscher',
         {"author": ["Deutscher|Isaac"], "title": "The Prophet Armed"}),
        ("Isaac Deutscher – The Prophet Unarmed", {"title": "The Prophet Unarmed"}),
        ("Stefan Zweig: The World of Yesterday (1942)",
         {"author": ["Zweig|Stefan"], "title": "The World of Yesterday"}),
        ("*The Prophet Armed* by Isaac Deutscher", {"title": "The Prophet Armed"}),
        ("_Homage to Catalonia_ by George Orwell (1938)", {"title": "Homage to Catalonia"}),
        ("[The Dawn of Everything](https://example.org/dawn) by David Graeber and David Wengrow",
         {"author": ["Graeber|David", "Wengrow|David"], "title": "The Dawn of Everything",
          "URL": "https://example.org/dawn"}),
        ("Isaac Deutscher, The Prophet Armed (Verso, 2003), ISBN 978-1-85984-441-0",
         {"ISBN": "9781859844410", "publisher": "Verso"}),
        ("Zamyatin, Yevgeny. We. Penguin Classics, 1993. ISBN 0-14-018585-2",
         {"ISBN": "9780140185850"}),
    ],
)
def test_imprints_styles_and_markup(line: str, want: dict[str, Any]) -> None:
    check(line, **want)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Karl Marx and Friedrich Engels, The Communist Manifesto (1848)",
         {"author": ["Marx|Karl", "Engels|Friedrich"]}),
        ("Daron Acemoglu & James A. Robinson, Why Nations Fail (2012)",
         {"author": ["Acemoglu|Daron", "Robinson|James A."]}),
        ("Acemoglu, D., Johnson, S., & Robinson, J. A. (2001). The colonial origins of "
         "comparative development. American Economic Review, 91(5), 1369–1401.",
         {"author": ["Acemoglu|D.", "Johnson|S.", "Robinson|J. A."]}),
        ("Marx, Karl, and Friedrich Engels. The Communist Manifesto. London: Penguin, 2002.",
         {"author": ["Marx|Karl", "Engels|Friedrich"]}),
        ("Sheila Fitzpatrick (ed.), Stalinism: New Directions (Routledge, 2000)",
         {"editor": ["Fitzpatrick|Sheila"], "author": []}),
        ("Eric Hobsbawm and Terence Ranger, eds., The Invention of Tradition (1983)",
         {"editor": ["Hobsbawm|Eric", "Ranger|Terence"], "title": "The Invention of Tradition"}),
        ("The Portable Hannah Arendt, edited by Peter Baehr (Penguin, 2003)",
         {"editor": ["Baehr|Peter"], "title": "The Portable Hannah Arendt"}),
        ("Leon Trotsky, History of the Russian Revolution, trans. Max Eastman (1932)",
         {"author": ["Trotsky|Leon"], "translator": ["Eastman|Max"]}),
        ("Leo Tolstoy, Anna Karenina, translated by Richard Pevear and Larissa Volokhonsky (2000)",
         {"translator": ["Pevear|Richard", "Volokhonsky|Larissa"]}),
        ("Factfulness by Hans Rosling, with Ola Rosling (2018)",
         {"author": ["Rosling|Hans", "Rosling|Ola"]}),
        ("John Reed, Ten Days That Shook the World, with an introduction by A. J. P. Taylor "
         "(Penguin, 1977)", {"author": ["Reed|John"], "title": "Ten Days That Shook the World"}),
    ],
)
def test_several_people_and_roles(line: str, want: dict[str, Any]) -> None:
    check(line, **want)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Reds, co-written and directed by Warren Beatty (1981)",
         {"type": "motion_picture", "director": ["Beatty|Warren"], "title": "Reds",
          "year": 1981, "author": []}),
        ("Doctor Zhivago (dir. David Lean, 1965)",
         {"type": "motion_picture", "director": ["Lean|David"]}),
        ("Stalker (Andrei Tarkovsky, 1979)", {"type": "motion_picture",
                                              "director": ["Tarkovsky|Andrei"]}),
        ("Chernobyl (HBO miniseries, 2019)",
         {"type": "broadcast", "publisher": "HBO", "title": "Chernobyl"}),
        ("The Rest Is History, episode 212: \"Stalin's Rise\" (2022)",
         {"type": "broadcast", "container_title": "The Rest Is History",
          "title": "Stalin's Rise"}),
        ('"Chapter 1: The Bolsheviks Seize Power", Revolutions podcast, episode 10.1, '
         "Mike Duncan (2019)",
         {"type": "broadcast", "container_title": "Revolutions", "author": ["Duncan|Mike"]}),
        ('Ian Dunt, "Brexit and the Law", in The Guardian (2018)',
         {"type": "article-newspaper", "container_title": "The Guardian"}),
        ('Applebaum, Anne. "The Bad Guys Are Winning." The Atlantic, December 2021.',
         {"type": "article-magazine", "container_title": "The Atlantic", "year": 2021}),
        ("Fitzpatrick, S. (1986). New perspectives on Stalinism. The Russian Review, 45(4), "
         "357–373. https://doi.org/10.2307/130466",
         {"type": "article-journal", "container_title": "The Russian Review", "volume": "45",
          "issue": "4", "page": "357–373", "DOI": "10.2307/130466"}),
        ('Kotkin, Stephen. "Modern Times." Kritika 2, no. 1 (2001): 111–64.',
         {"type": "article-journal", "volume": "2", "issue": "1", "page": "111–64",
          "year": 2001}),
        ('Brenner, Robert. "Agrarian Class Structure." Past & Present, vol. 70, 1976, '
         "pp. 30-75.", {"container_title": "Past & Present", "volume": "70", "page": "30-75"}),
        ('Scott Alexander, "Meditations on Moloch", Slate Star Codex, 30 July 2014, '
         "https://slatestarcodex.com/2014/07/30/meditations-on-moloch/",
         {"type": "webpage", "container_title": "Slate Star Codex", "year": 2014}),
    ],
)
def test_films_broadcasts_articles_and_pages(line: str, want: dict[str, Any]) -> None:
    check(line, **want)


def test_title_is_split_at_the_first_colon_and_exported_whole() -> None:
    record = parse_citation("Robert Service, Lenin: A Biography: Revised (2000)").record
    assert (record.title, record.subtitle) == ("Lenin", "A Biography: Revised")
    assert record.to_csl()["title"] == "Lenin: A Biography: Revised"


def test_month_and_day_are_kept_when_given() -> None:
    record = parse_citation(
        'Martin Wolf, "The Road to Renewal", Financial Times, 3 April 2020').record
    assert record.issued is not None and record.issued.parts == [[2020, 4, 3]]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Carr, E.H., The Russian Revolution from Lenin to Stalin (1979)",
         {"author": ["Carr|E.H."], "title": "The Russian Revolution from Lenin to Stalin"}),
        ("Figes, Orlando – A People's Tragedy (1996)",
         {"author": ["Figes|Orlando"], "title": "A People's Tragedy"}),
        ("Also recommended: Sheila Fitzpatrick's The Russian Revolution (Oxford, 1982)",
         {"author": ["Fitzpatrick|Sheila"], "title": "The Russian Revolution",
          "publisher_place": "Oxford"}),
        ("Brave New World – Aldous Huxley", {"author": ["Huxley|Aldous"],
                                             "title": "Brave New World"}),
        ("Nineteen Eighty-Four, George Orwell, 1949",
         {"author": ["Orwell|George"], "title": "Nineteen Eighty-Four", "year": 1949}),
        ("Richard Overy, Russia's War (Penguin, 1998) – a great overview",
         {"title": "Russia's War", "publisher": "Penguin"}),
        ("E. H. Carr, A History of Soviet Russia (14 vols, Macmillan, 1950–78)",
         {"publisher": "Macmillan", "year": 1950}),
        ("Richard Stites, Revolutionary Dreams, Oxford University Press, 1989",
         {"title": "Revolutionary Dreams", "publisher": "Oxford University Press"}),
        ("📚 Stephen Kotkin, Stalin: Paradoxes of Power (2014)", {"author": ["Kotkin|Stephen"]}),
        ("The Rest Is History, Ep. 301 – Trotsky's Murder",
         {"type": "broadcast", "container_title": "The Rest Is History",
          "title": "Trotsky's Murder", "number": "301"}),
        ("Andrei Rublev (1966, dir. Andrei Tarkovsky)",
         {"type": "motion_picture", "director": ["Tarkovsky|Andrei"], "year": 1966}),
    ],
)
def test_looser_show_note_forms(line: str, want: dict[str, Any]) -> None:
    check(line, **want)


@pytest.mark.parametrize(
    ("line", "issued", "original"),
    [
        ("Leon Trotsky, My Life (1930; Penguin, 1975)", 1975, 1930),
        ("Adam B. Ulam, The Bolsheviks (Harvard University Press, 1998 [1965])", 1998, 1965),
        ("Isaac Deutscher, Stalin (first published 1949; Penguin, 1966)", 1966, 1949),
        ("Marx, K. (1867/1976). Capital (Vol. 1). Penguin.", 1976, 1867),
    ],
)
def test_first_publication_becomes_original_date(line: str, issued: int, original: int) -> None:
    record = parse_citation(line).record
    assert record.year == issued
    assert record.original_date is not None and record.original_date.year == original
