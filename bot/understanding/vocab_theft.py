"""Theft and vandalism of shared things (mailboxes prised open, a battery stolen, a fire hose gone) are
a security matter (safety), not the broken part to repair (facility), when told as an ordinary
(yellow) report; so is someone posing as staff or selling at the doors (冒充, 说是社区的); a door lock prised open stays the orange door (an entrance open to anyone).

Pure data; a community extends the lists under `understanding:` in config.yaml (`theft`)."""
from __future__ import annotations

# fmt: off
THEFT: list[str] = [
    "撬", "被偷", "偷了", "偷走", "遭偷", "让人偷", "叫人偷", "顺走", "卸走", "叫人卸", "被人卸", "让人卸", "遭人卸", "被人剪", "让人剪", "被人敲碎", "被人砸",
    "被人拆", "让人拆", "叫人拆",
    # fire-fighting equipment gone from its box
    "灭火器+没了", "灭火器+不见", "灭火器+空了", "水带+不见", "水带+没了", "水带+木了", "箱子+空的",
    # someone posing as staff at the doors, or selling door to door: a stranger to check on, not the service named
    "冒充", "假冒", "说是物业安排", "说是社区派", "说是查燃气", "说是燃气公司", "上门推销",
    "敲门推销", "敲门+推销",
]
# fmt: on
