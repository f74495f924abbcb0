"""The `discuss` command: run the bot, chat with it in the shell, review what readers said."""
from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request

import click

from bot import config, serve


def _port_option(flag: str, env: str, default: int, what: str):
    return click.option(
        flag, type=click.IntRange(1, 65535), default=lambda: config.port(env, default),
        show_default=f"{env} or {default}", help=f"Port of {what}.",
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Article discussion bot: answers questions about one article and logs readers' views.

    Example: discuss serve
    """


@main.command()
@click.option("--force", is_flag=True, help="Train even if the data hasn't changed.")
def train(force: bool) -> None:
    """Train the Rasa model if the training data changed since the last one.

    Example: discuss train --force
    """
    if serve.train(force=force):
        click.echo(f"Trained {serve.MODEL_PATH.relative_to(config.PROJECT_DIR)}")
    else:
        click.echo("The model is up to date with the training data.")


def _raise_interrupt(*_args) -> None:
    raise KeyboardInterrupt


@main.command(name="serve")
@_port_option("--rasa-port", "RASA_PORT", 5005, "the Rasa server (REST and socket.io)")
@_port_option("--actions-port", "ACTIONS_PORT", 5055, "the action server (127.0.0.1 only)")
@_port_option("--web-port", "WEB_PORT", 8080, "the chat page (with --instances: nginx)")
@click.option("--instances", type=click.IntRange(1, 16), default=1, show_default=True,
              help="Rasa servers (and action servers) to run behind nginx, with Redis and "
                   "PostgreSQL; 1 runs the bot alone, as before. See deploy/README.md.")
def serve_command(rasa_port: int, actions_port: int, web_port: int, instances: int) -> None:
    """Start the action server, the Rasa server and the chat page; Ctrl-C stops them all.

    Trains first if there is no model or the training data changed. With --instances N (2 or
    more), runs the deployment in deploy/: N Rasa servers and N action servers behind nginx on
    --web-port, Redis as their lock store and PostgreSQL for conversations and opinions.

    Example: discuss serve --rasa-port 5005 --web-port 8080

    Example: discuss serve --instances 2
    """
    if instances > 1:
        _serve_cluster(instances, web_port)
        return
    for name, port in (("--rasa-port", rasa_port), ("--actions-port", actions_port),
                       ("--web-port", web_port)):
        if not serve.port_is_free(port):
            raise click.ClickException(f"port {port} ({name}) is already in use")
    serve.rasa_api_args()  # refuse to start with the API on and no token, before any work
    # The page's origin (PUBLIC_URL, by default on --web-port) gives the socket's allowed origins
    # in the Rasa server, which inherits this environment, and the page's CSP here.
    os.environ["WEB_PORT"] = str(web_port)
    try:
        config.public_origin()
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    if serve.train():
        click.echo("Trained a new model.")
    servers = serve.Servers(rasa_port, actions_port, config.var_dir() / "logs")
    supervisor = serve.Supervisor(servers, click.echo)
    # A closed terminal (SIGHUP) stops the servers too: they run in sessions of their own, so
    # nothing else would, and the next `make run` would find the ports taken.
    signal.signal(signal.SIGTERM, _raise_interrupt)
    signal.signal(signal.SIGHUP, _raise_interrupt)
    try:
        click.echo("Starting the action server and the Rasa server (about 5 s)...")
        servers.start_actions()
        servers.start_rasa()
        page = _start_web(web_port, rasa_port, supervisor.health)
        click.echo(
            f"\nThe bot is up.\n"
            f"  Chat in the browser:  {page}\n"
            f"  Chat over REST:       curl -s localhost:{rasa_port}/webhooks/rest/webhook "
            f"-d '{{\"sender\": \"me\", \"message\": \"who is Kori Schake?\"}}'\n"
            f"  Chat in the terminal: make shell (in another terminal)\n"
            f"  Health:               {page}healthz\n"
            f"  Logs:                 {servers.log_dir}\n"
            f"A server that stops is started again. Press Ctrl-C to stop."
        )
        supervisor.watch()  # restarts a server that stops, until Ctrl-C or a crash loop
    except serve.CrashLoop as error:
        raise click.ClickException(str(error)) from None
    except KeyboardInterrupt:
        click.echo("\nStopping...")
    except RuntimeError as error:
        raise click.ClickException(f"{error}; see {servers.log_dir}") from None
    finally:
        servers.stop()
    click.echo("Stopped.")


def _serve_cluster(instances: int, web_port: int) -> None:
    from bot import cluster

    if not serve.port_is_free(web_port):
        raise click.ClickException(f"port {web_port} (--web-port) is already in use")
    serve.rasa_api_args()  # refuse to start with the API on and no token, before any work
    os.environ["WEB_PORT"] = str(web_port)  # the page's origin, PUBLIC_URL's default
    try:
        origin = config.public_origin()
        database_url = cluster.cluster_database_url()
        redis_url = config.get("REDIS_URL", "") or None
        if redis_url:
            cluster.redis_lock_store(redis_url)
        cluster.program("nginx", "nginx")
        if redis_url is None:
            cluster.program("redis-server", "redis-server")
    except (ValueError, cluster.SetupError) as error:
        raise click.ClickException(str(error)) from None
    if serve.train():
        click.echo("Trained a new model.")
    var = config.var_dir()
    running = cluster.Cluster(instances, var / "cluster", web_port,
                              host=config.get("WEB_HOST", "127.0.0.1"), database_url=database_url,
                              redis_url=redis_url, echo=click.echo, var_dir=var)
    signal.signal(signal.SIGTERM, _raise_interrupt)
    signal.signal(signal.SIGHUP, _raise_interrupt)  # a closed terminal, as for `discuss serve`
    try:
        click.echo(f"Starting PostgreSQL, Redis, {instances} action servers, {instances} Rasa "
                   f"servers and nginx (about {15 * instances} s)...")
        running.start()
        click.echo(
            f"\nThe bot is up: {instances} instances behind nginx.\n"
            f"  Chat in the browser:  {origin}/\n"
            f"  Chat over REST:       curl -s localhost:{web_port}/webhooks/rest/webhook "
            f"-H 'X-Reader: me' -d '{{\"sender\": \"me\", \"message\": \"who is Kori Schake?\"}}'\n"
            f"  Health:               {origin}/healthz\n"
            f"  Opinions:             DATABASE_URL={running.database_url} discuss opinions list\n"
            f"  Logs:                 {running.run_dir / 'logs'}\n"
            f"A server that stops is started again; nginx sends its readers to the others "
            f"meanwhile. Press Ctrl-C to stop."
        )
        running.watch()
    except serve.CrashLoop as error:
        raise click.ClickException(str(error)) from None
    except KeyboardInterrupt:
        click.echo("\nStopping...")
    except cluster.SetupError as error:
        raise click.ClickException(str(error)) from None
    except RuntimeError as error:
        raise click.ClickException(f"{error}; see {running.run_dir / 'logs'}") from None
    finally:
        running.stop()
    click.echo("Stopped.")


def _start_web(web_port: int, rasa_port: int, health) -> str:
    from bot import web

    web.start_in_background(web_port, rasa_port, health)
    return f"{config.public_origin()}/"


@main.command()
@_port_option("--actions-port", "ACTIONS_PORT", 5055, "the action server (127.0.0.1 only)")
def shell(actions_port: int) -> None:
    """Chat with the bot in this terminal (starts the action server if it isn't running).

    Buttons are listed by number and title: type a number or a title to press one, or just
    type your own words. Type /stop to quit.
    Start-up logs and warnings go to var/logs/shell.log, not the terminal.

    Example: discuss shell
    """
    shell_port = config.port("SHELL_PORT", 5006)
    if not serve.port_is_free(shell_port):
        # a shell left running in a terminal that was closed holds it (found in round 14)
        raise click.ClickException(
            f"port {shell_port} (SHELL_PORT) is already in use - is another `discuss shell` still "
            "running? Type /stop there, or stop that process, or set SHELL_PORT in .env")
    serve.train()
    servers = serve.Servers(0, actions_port, config.var_dir() / "logs")
    supervisor = serve.Supervisor(servers, functools.partial(_note, servers.log_dir))
    log_path = servers.log_path("shell")
    # A closed terminal (SIGHUP) or a kill (SIGTERM) must still stop the action server we started,
    # which runs in its own session and so gets neither signal itself.
    signal.signal(signal.SIGTERM, _raise_interrupt)
    signal.signal(signal.SIGHUP, _raise_interrupt)
    click.echo(f"Starting the bot (about 5 s; log: {log_path})...")
    try:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{actions_port}/health", timeout=2).close()
        except OSError:
            servers.start_actions()
            # Ours to keep running: restarted if it stops, noted in var/logs/supervisor.log (the
            # terminal is the reader's); a crash loop is said on stderr.
            threading.Thread(target=_watch_quietly, args=(supervisor,), daemon=True).start()
        # stderr (Python warnings, Rasa's logs) goes to this session's log;
        # stdout, where rasa shell prints "Bot loaded", the replies and their buttons, stays the
        # reader's terminal.
        servers.log_dir.mkdir(parents=True, exist_ok=True)
        with open(log_path, "w", encoding="utf-8") as log:
            finished = subprocess.run(
                [sys.executable, "-m", "bot.shell", "shell", "--model", str(serve.MODEL_PATH),
                 "--endpoints", str(serve.write_endpoints(actions_port)),
                 # The shell's REST endpoint stays on this machine, like `discuss serve`'s.
                 "--interface", "127.0.0.1", "--port", str(shell_port)],
                cwd=config.PROJECT_DIR, stderr=log,
            )
        if finished.returncode != 0:
            raise click.ClickException(
                f"the shell stopped with exit status {finished.returncode}; see {log_path}"
            )
    except KeyboardInterrupt:
        pass
    except RuntimeError as error:
        raise click.ClickException(f"{error}; see {servers.log_dir}") from None
    finally:
        supervisor.stopping.set()
        servers.stop()


def _note(log_dir, line: str) -> None:
    log_dir.mkdir(parents=True, exist_ok=True)
    with open(log_dir / "supervisor.log", "a", encoding="utf-8") as log:
        log.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {line}\n")


def _watch_quietly(supervisor: serve.Supervisor) -> None:
    try:
        supervisor.watch()
    except serve.CrashLoop as error:
        click.echo(f"\n{error}", err=True)


@main.command()
@_port_option("--actions-port", "ACTIONS_PORT", 5055, "the action server")
def actions(actions_port: int) -> None:
    """Run only the action server, on 127.0.0.1 (for plain `rasa shell` or `rasa run`).

    Example: discuss actions --actions-port 5055
    """
    os.environ["SANIC_HOST"] = "127.0.0.1"
    sys.exit(subprocess.call(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(actions_port)],
        cwd=config.PROJECT_DIR,
    ))


@main.command()
@click.argument("question")
def ask(question: str) -> None:
    """Answer one question from the article's knowledge, without the Rasa server.

    Example: discuss ask "who is Kori Schake?"
    """
    from bot.knowledge import answer

    click.echo(answer(question))


from bot.review_cli import opinions  # noqa: E402  (the review commands live in their own module)
main.add_command(opinions)
