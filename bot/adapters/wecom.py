"""Build the WeCom adapters from settings; the app and the robot share one API client."""
from __future__ import annotations

import logging

from bot.adapters.base import Adapter
from bot.adapters.wecom_api import WecomApi
from bot.adapters.wecom_app import WecomAppAdapter
from bot.adapters.wecom_base import GroupRobot, RobotPacing
from bot.adapters.wecom_bot import WecomBotAdapter
from bot.adapters.wecom_crypto import WecomCrypto
from bot.settings import WECOM_API_BASE, Settings

log = logging.getLogger("linli.wecom")


def _crypto(token: str, aes_key: str | None, receive_id: str, where: str) -> WecomCrypto | None:
    if not aes_key:
        log.error("WeCom AES key not set; callbacks answer 503", extra={"event": "wecom_unconfigured", "where": where})
        return None
    try:
        return WecomCrypto(token, aes_key, receive_id)
    except (AssertionError, ValueError):
        log.error("WeCom AES key is not a valid EncodingAESKey; callbacks answer 503",
                  extra={"event": "wecom_unconfigured", "where": where})
        return None


def build(settings: Settings) -> list[Adapter]:
    app_cfg, bot_cfg = settings.platforms.wecom, settings.platforms.wecom_bot
    if app_cfg is None and bot_cfg is None:
        return []
    robots = {chat: GroupRobot(cs.robot_key_env, key) for chat, cs in settings.chats.items()
              if cs.robot_key_env and (key := settings.secret(cs.robot_key_env))}
    if app_cfg is not None:
        api = WecomApi(app_cfg.api_base, app_cfg.corp_id, settings.secret(app_cfg.secret_env), app_cfg.agent_id)
        pacing = RobotPacing(app_cfg.robot_per_minute, app_cfg.robot_window_s)
    else:
        assert bot_cfg is not None
        api, pacing = WecomApi(bot_cfg.api_base or WECOM_API_BASE), RobotPacing()
    adapters: list[Adapter] = []
    if app_cfg is not None:
        crypto = _crypto(app_cfg.token, settings.secret(app_cfg.aes_key_env), app_cfg.corp_id, "platforms.wecom")
        adapters.append(WecomAppAdapter(crypto, api, robots, pacing))
    if bot_cfg is not None:
        crypto = _crypto(bot_cfg.token, settings.secret(bot_cfg.aes_key_env), "", "platforms.wecom_bot")
        adapters.append(WecomBotAdapter(crypto, api, robots, pacing, bot_cfg.names))
    return adapters
