// The embedded player stand-in: a play button and an animated equaliser. A real embed would set
// its own (third-party) cookies; this one only shows when it was loaded.
(() => {
  const time = document.querySelector('time');
  if (time) time.textContent = new Date().toLocaleTimeString();
  const play = document.querySelector('.play');
  const player = document.querySelector('.player');
  if (!play || !player) return;
  play.addEventListener('click', () => {
    const on = play.getAttribute('aria-pressed') !== 'true';
    play.setAttribute('aria-pressed', String(on));
    play.textContent = on ? '❚❚ Pause' : '▶ Play';
    player.classList.toggle('playing', on);
  });
})();
