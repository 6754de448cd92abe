"""Forms read in the forty-fifth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract


def _records(text: str, form: str = "markdown") -> list[dict[str, object]]:
    return [c.record.to_csl() for o in iter_extract(text, form) for c in o.citations]


def test_japanese_title_marks_set_a_title_apart_as_chinese_ones_do() -> None:
    # bs2-tonymooori-books-2017: a reader's year of books, one heading a book
    notes = ("# 2017年に読んだ本\n\n### 『自己組織化とは何か』\n\n読みやすい入門書だった。\n\n"
             "### 『チューリングの計算理論入門』  \n")
    assert [r["title"] for r in _records(notes)] == [
        "自己組織化とは何か", "チューリングの計算理論入門"]


def test_title_marks_around_a_link_or_inside_one_give_the_title() -> None:
    # by2-terapyon-16-shimizukawa-books: the marks outside the shop link
    [book] = _records('<ul>\n <li>『<a href="https://amzn.to/2LE5DjK" rel="noreferrer nofollow'
                      ' noopener" target="_blank">自走プログラマー</a>』 (2020年)</li>\n</ul>\n',
                      "html")
    assert (book["title"], book["URL"]) == ("自走プログラマー", "https://amzn.to/2LE5DjK")
    # az2-alancheen-reading-notes: the marks inside the link to a note on the book
    assert [r["title"] for r in _records("## 读书笔记\n\n[《刻意练习》](./ke-yi-lian-xi.md)\n\n"
                                         "[《小狗钱钱》](./xiao-gou-qian-qian.md)\n")] == [
        "刻意练习", "小狗钱钱"]
    # ax4-jiafeng-bookshelf: a linked title in its marks, then a remark
    [book] = _records('<p><a href="https://book.douban.com/subject/34970873/?ref=koojiafeng.com">'
                      "《漫长的告别》</a> 还没读到最后</p>\n", "html")
    assert book["title"] == "漫长的告别"


def test_a_label_or_a_person_before_a_title_in_its_marks_is_not_the_title() -> None:
    # bs2-xiaogui2011-movies-2024: an awards list, the prize and the winner before the show
    awards = ("最佳剧情剧集：《继承之战》\n剧情类剧集最佳女主角：莎拉·斯努克《继承之战》\n"
              "最佳喜剧剧集：《熊家餐馆》\n")
    assert [r["title"] for r in _records(awards)] == ["继承之战", "继承之战", "熊家餐馆"]


def test_the_chinese_dash_sets_the_author_after_the_title() -> None:
    # cc4-jing0-booklist: a booklist page, "书名 —— 作者" in every item
    page = ("<h2>文学类</h2>\n<ul>\n<li>爱你就像爱生命 —— 王小波</li>\n"
            "<li>亲爱的生活 —— 爱丽丝·门罗</li>\n<li>三体：地球往事 —— 刘慈欣</li>\n</ul>\n")
    assert [(r["title"], r["author"][0]["family"]) for r in _records(page, "html")] == [
        ("爱你就像爱生命", "王"), ("亲爱的生活", "门罗"), ("三体：地球往事", "刘")]
