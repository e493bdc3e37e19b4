// Demo only: the theme switcher. Swaps a class on <html>; the widgets pick the tokens up by inheritance.
const select = document.getElementById('thema');
const themes = ['noordhaven', 'zuiderlaan'];
const fromUrl = new URLSearchParams(location.search).get('thema');
function apply(theme) {
  document.documentElement.classList.remove(...themes.map((name) => `theme-${name}`));
  if (themes.includes(theme)) document.documentElement.classList.add(`theme-${theme}`);
}
if (select) {
  if (themes.includes(fromUrl)) select.value = fromUrl;
  apply(select.value);
  select.addEventListener('change', () => {
    apply(select.value);
    const url = new URL(location.href);
    if (select.value) url.searchParams.set('thema', select.value);
    else url.searchParams.delete('thema');
    history.replaceState(null, '', url);
  });
}
